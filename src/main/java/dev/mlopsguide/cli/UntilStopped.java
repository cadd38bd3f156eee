package dev.mlopsguide.cli;

import java.util.concurrent.CountDownLatch;

/** Keeps a server running until Ctrl-C or SIGTERM, then closes it and lets the command return. */
final class UntilStopped {

    /** Waits until the server stops. */
    @FunctionalInterface
    interface Join {
        void join() throws InterruptedException;
    }

    private UntilStopped() {
    }

    static void run(CliContext context, Join join, AutoCloseable running) throws InterruptedException {
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                context.err().println("error while stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "mlops-guide-shutdown"));
        context.out().flush();
        join.join();
        stopped.await();
    }
}
