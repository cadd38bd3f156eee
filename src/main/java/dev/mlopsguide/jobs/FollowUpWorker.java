package dev.mlopsguide.jobs;

import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.store.FollowUps;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work kept in {@link FollowUps}, on every replica: work added here is taken at once, work added elsewhere
 * or due again is found by polling. Work that fails is tried again with a growing pause; work that no retry can
 * cure, or that failed {@link #MAX_ATTEMPTS} times, is given up, and its handler may tell the person. Stopping stops
 * taking work, lets what runs finish within a deadline, and hands the rest back for the next replica.
 */
public final class FollowUpWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpWorker.class);
    static final int MAX_ATTEMPTS = 8;
    private static final Duration MAX_PAUSE = Duration.ofMinutes(5);

    /** Runs one kind of work; it must be safe to run again after an attempt that was cut off at any point. */
    public interface Handler {
        void run(FollowUps.Taken work) throws Exception;

        /** Whether the failure is one that no retry can cure. */
        default boolean isPermanent(Exception failure) {
            return false;
        }

        /** The work is given up: tell whoever asked for it, if anyone can be told. */
        default void gaveUp(FollowUps.Taken work, Exception failure) {
        }
    }

    /** How often other replicas' work is looked for, and how long a lease lasts without renewal. */
    public record Timing(Duration polling, Duration lease) {
        public static Timing standard() {
            return new Timing(Duration.ofSeconds(1), Duration.ofSeconds(30));
        }
    }

    private final FollowUps store;
    private final Metrics metrics;
    private final Map<String, Handler> handlers;
    private final Clock clock;
    private final Timing timing;
    private final String owner;
    private final ExecutorService runners;
    private final Semaphore free;
    private final Map<Long, Future<?>> running = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final Object signal = new Object();
    private volatile boolean wake;
    private volatile boolean stopping;
    private final Thread poller;

    public FollowUpWorker(FollowUps store, Map<String, Handler> handlers, Clock clock, Timing timing, int threads,
                          Metrics metrics) {
        this.store = store;
        this.metrics = metrics;
        this.handlers = Map.copyOf(handlers);
        this.clock = clock;
        this.timing = timing;
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        var counter = new AtomicInteger();
        this.runners = Executors.newFixedThreadPool(threads, r -> {
            var thread = new Thread(r, "mlops-guide-follow-up-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.free = new Semaphore(threads);
        this.poller = new Thread(this::poll, "mlops-guide-follow-ups");
        this.poller.setDaemon(true);
        store.onAdded(this::wake);
        metrics.followUpsPending(store::pending);
    }

    public FollowUpWorker start() {
        poller.start();
        return this;
    }

    /** Looks for work now rather than at the next poll. */
    public void wake() {
        synchronized (signal) {
            wake = true;
            signal.notifyAll();
        }
    }

    private void poll() {
        long lastRenewal = System.nanoTime();
        boolean unreachable = false;
        while (!stopping) {
            try {
                for (var work : store.take(owner, free.availablePermits(), timing.lease())) {
                    free.acquireUninterruptibly();
                    // Known as running before it can finish (and forget itself), however fast it is.
                    var task = new FutureTask<Void>(() -> runAndRelease(work), null);
                    running.put(work.id(), task);
                    runners.execute(task);
                }
                if (System.nanoTime() - lastRenewal > timing.lease().toNanos() / 3 && !running.isEmpty()) {
                    store.renew(owner, Set.copyOf(running.keySet()), timing.lease());
                    lastRenewal = System.nanoTime();
                }
                if (unreachable) {
                    LOG.info("Looking for follow-up work again");
                    unreachable = false;
                }
            } catch (RuntimeException e) {
                // The database blinked: the work stays where it is, and the next poll tries again. Said once.
                if (!unreachable) {
                    LOG.warn("Could not look for follow-up work: {}", e.getMessage());
                    unreachable = true;
                }
            }
            await(timing.polling());
        }
    }

    private void await(Duration pause) {
        synchronized (signal) {
            long until = System.nanoTime() + pause.toNanos();
            while (!wake && !stopping) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            wake = false;
        }
    }

    private void runAndRelease(FollowUps.Taken work) {
        try {
            run(work);
        } finally {
            running.remove(work.id());
            free.release();
            // A thread came free: there may be more work waiting for one.
            wake();
        }
    }

    private void run(FollowUps.Taken work) {
        var handler = handlers.get(work.kind());
        if (handler == null) {
            store.failed(work.id(), "no handler for work of kind " + work.kind());
            return;
        }
        try {
            handler.run(work);
            store.done(work.id());
            finished.incrementAndGet();
            metrics.followUp(work.kind(), "done");
        } catch (InterruptedException e) {
            // Cut off by a stop: the stop hands the work back.
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (stopping && Thread.currentThread().isInterrupted()) {
                return;
            }
            failed(handler, work, e);
        }
    }

    private void failed(Handler handler, FollowUps.Taken work, Exception e) {
        try {
            if (handler.isPermanent(e) || work.attempt() >= MAX_ATTEMPTS) {
                LOG.warn("Gave up {} {} after {} attempt(s): {}", work.kind(), work.id(), work.attempt(), e.getMessage());
                store.failed(work.id(), e.getMessage());
                metrics.followUp(work.kind(), "given-up");
                handler.gaveUp(work, e);
                return;
            }
            var pause = pause(work.attempt());
            LOG.info("{} {} failed (attempt {}), trying again in {} s: {}", work.kind(), work.id(), work.attempt(),
                    pause.toSeconds(), e.getMessage());
            store.retryAt(work.id(), clock.instant().plus(pause), e.getMessage());
            metrics.followUp(work.kind(), "retried");
        } catch (RuntimeException recording) {
            // The lease will lapse and the work be taken again: it is not lost.
            LOG.warn("Could not record the failure of {} {}: {}", work.kind(), work.id(), recording.getMessage());
        }
    }

    /** 1 s, 2 s, 4 s ... up to five minutes. */
    static Duration pause(int attempt) {
        var pause = Duration.ofSeconds(1L << Math.min(attempt - 1, 16));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    /**
     * Stops taking work, waits up to {@code deadline} for the work in hand, then cuts off what still runs and hands it
     * back (it stays in the database for the next replica); the log says which was which.
     */
    public void stop(Duration deadline) {
        long until = System.nanoTime() + deadline.toNanos();
        stopping = true;
        wake();
        try {
            poller.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
            int inHand = running.size();
            int before = finished.get();
            runners.shutdown();
            boolean allDone = runners.awaitTermination(until - System.nanoTime(), TimeUnit.NANOSECONDS);
            var cutOff = List.copyOf(running.keySet());
            if (!allDone) {
                running.values().forEach(future -> future.cancel(true));
                runners.shutdownNow();
            }
            if (!cutOff.isEmpty()) {
                store.handBack(owner, cutOff);
            }
            int left = store.pending();
            // What a deploy left for later is worth a line at the default level; a clean stop is not.
            (cutOff.isEmpty() && left == 0 ? LOG.atInfo() : LOG.atWarn()).log("Follow-up work stopped: {} of the {} in "
                    + "hand finished, {} cut off and handed back; {} left in the database for the next start or another "
                    + "replica", finished.get() - before, inHand, cutOff.size(), left);
        } catch (InterruptedException e) {
            runners.shutdownNow();
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Could not hand back work on stop (its leases will lapse): {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(15));
    }
}
