package dev.mlopsguide.slack;

import dev.mlopsguide.server.ResponseFirst;
import dev.mlopsguide.slack.webapi.SlackCallException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded pool where slow work goes after a request is acknowledged. A full queue refuses work rather than
 * growing without limit; shutting down lets queued work finish within a deadline.
 */
public final class BackgroundWork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ThreadPoolExecutor executor;

    public BackgroundWork(int threads, int queueCapacity) {
        var counter = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> {
                    var thread = new Thread(r, "mlops-guide-work-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Runs {@code work} later, logging any failure with {@code what} as context.
     *
     * @return false when the queue is full and the work was refused
     */
    public boolean submit(String what, Runnable work) {
        Runnable task = () -> {
            try {
                work.run();
            } catch (SlackCallException e) {
                // Slack's refusal, not a fault of ours: its error code says all there is to say.
                LOG.warn("Failed to {}: {}", what, e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Failed to {}: {}", what, e.getMessage(), e);
            }
        };
        boolean room = ResponseFirst.responding()
                // Held until the ack is sent; whether the queue has room is known now, so that the ack can say it.
                ? executor.getQueue().remainingCapacity() > ResponseFirst.held() && hold(task)
                : execute(task);
        if (!room) {
            LOG.error("Too much work queued; dropped: {}", what);
        }
        return room;
    }

    private boolean hold(Runnable task) {
        ResponseFirst.hold(() -> {
            if (!execute(task)) {
                // The queue filled in between: the response is sent, so the work may take this thread instead.
                task.run();
            }
        });
        return true;
    }

    private boolean execute(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /**
     * Stops taking work and waits up to {@code deadline} for queued work to finish, then interrupts what is still
     * running; the log says how much finished, was cut off, or never started.
     */
    public void shutdown(Duration deadline) {
        long queuedOrRunning = executor.getQueue().size() + executor.getActiveCount();
        executor.shutdown();
        try {
            if (executor.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("Stopped after finishing the {} task(s) in hand", queuedOrRunning);
                return;
            }
            int running = executor.getActiveCount();
            int neverStarted = executor.shutdownNow().size();
            LOG.warn("Stopped after {} s with work left: {} task(s) interrupted while running, {} never started",
                    deadline.toSeconds(), running, neverStarted);
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(10));
    }
}
