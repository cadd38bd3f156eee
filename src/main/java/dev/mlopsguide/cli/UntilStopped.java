package dev.mlopsguide.cli;

import java.util.concurrent.CountDownLatch;

/** Keeps a server running until Ctrl-C or SIGTERM, then closes its parts in order and lets the command return. */
final class UntilStopped {

    /** Waits until the server stops. */
    @FunctionalInterface
    interface Join {
        void join() throws InterruptedException;
    }

    private UntilStopped() {
    }

    /** {@code parts}: closed one after the other when the process is asked to stop, each even if one before failed. */
    static void run(CliContext context, Join join, AutoCloseable... parts) throws InterruptedException {
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (var part : parts) {
                try {
                    part.close();
                } catch (Exception e) {
                    context.err().println("error while stopping: " + e.getMessage());
                }
            }
            stopped.countDown();
        }, "mlops-guide-shutdown"));
        context.out().flush();
        join.join();
        stopped.await();
    }
}
