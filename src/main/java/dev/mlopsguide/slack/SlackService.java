package dev.mlopsguide.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import dev.mlopsguide.jobs.JobScheduler;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.server.AppServer;
import java.time.Duration;
import java.util.Optional;

/**
 * The running Slack app: Bolt served over HTTP on Jetty (and, with an app token, connected to Slack by Socket
 * Mode), the pool for work after the ack, and the scheduled jobs. Closing it stops the jobs and the intake of
 * requests, lets those in flight and the queued work finish, and disconnects.
 */
public final class SlackService implements AutoCloseable {

    /** How long a stop waits for the work queued after acks, once the server has stopped. */
    public static final Duration DRAIN = Duration.ofSeconds(15);

    private final AppServer server;
    private final BackgroundWork work;
    private final Optional<SocketModeApp> socketMode;
    private final JobScheduler jobs;
    private final Metrics metrics;

    /** Takes over parts that are already running. */
    public SlackService(AppServer server, BackgroundWork work, Optional<SocketModeApp> socketMode, JobScheduler jobs,
                        Metrics metrics) {
        this.server = server;
        this.work = work;
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

    @Override
    public void close() throws Exception {
        try {
            jobs.close();
            if (socketMode.isPresent()) {
                socketMode.get().close();
            }
            server.close();
        } finally {
            work.shutdown(DRAIN);
            metrics.close();
        }
    }
}
