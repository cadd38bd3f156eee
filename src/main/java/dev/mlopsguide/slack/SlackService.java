package dev.mlopsguide.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import dev.mlopsguide.jobs.FollowUpWorker;
import dev.mlopsguide.jobs.JobScheduler;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.server.AppServer;
import java.time.Duration;
import java.util.Optional;

/**
 * The running Slack app: Bolt served over HTTP on Jetty (and, with an app token, connected to Slack by Socket
 * Mode), the worker for follow-up work kept in the database, the pool for passing work after the ack, and the
 * scheduled jobs.
 */
public final class SlackService implements AutoCloseable {

    /** How long a stop waits for the work in hand after acks, once the server has stopped. */
    public static final Duration DRAIN = Duration.ofSeconds(15);

    private final AppServer server;
    private final BackgroundWork work;
    private final FollowUpWorker followUps;
    private final Optional<SocketModeApp> socketMode;
    private final JobScheduler jobs;
    private final Metrics metrics;

    /** Takes over parts that are already running. */
    public SlackService(AppServer server, BackgroundWork work, FollowUpWorker followUps,
                        Optional<SocketModeApp> socketMode, JobScheduler jobs, Metrics metrics) {
        this.server = server;
        this.work = work;
        this.followUps = followUps;
        this.socketMode = socketMode;
        this.jobs = jobs;
        this.metrics = metrics;
    }

    /** Delivers the digests that are due now instead of at the next poll (after a clock change, say). */
    public void checkDigestsNow() {
        jobs.checkNow();
    }

    public int port() {
        return server.port();
    }

    public String host() {
        return server.host();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops taking requests and lets those in flight finish, stops the jobs, lets the follow-up work in hand finish
     * within {@link #DRAIN} (what is left stays in the database for the next start or another replica), then the
     * work queued in memory. The database is closed after this, by its owner.
     */
    @Override
    public void close() throws Exception {
        try {
            if (socketMode.isPresent()) {
                socketMode.get().close();
            }
            server.close();
            jobs.close();
        } finally {
            // One drain for both: the follow-up work in hand, then what is left of the passing work in memory.
            long until = System.nanoTime() + DRAIN.toNanos();
            followUps.stop(DRAIN);
            work.shutdown(Duration.ofNanos(Math.max(0, until - System.nanoTime())));
            metrics.close();
        }
    }
}
