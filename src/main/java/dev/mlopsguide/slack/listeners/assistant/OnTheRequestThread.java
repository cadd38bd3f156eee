package dev.mlopsguide.slack.listeners.assistant;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task at once, on the thread that submits it. Bolt's {@code Assistant} hands its listeners to an executor
 * and acknowledges without waiting; run here, they keep their work in the database before the ack, as every other
 * listener does, instead of in a pool a crash would empty.
 */
final class OnTheRequestThread extends AbstractExecutorService {

    private volatile boolean shutdown;

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
