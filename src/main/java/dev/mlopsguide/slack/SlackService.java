package dev.mlopsguide.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.digest.DigestScheduler;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.store.Readiness;
import dev.mlopsguide.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The running Slack app: Bolt with every feature, served over HTTP on Jetty (and, with an app token, connected to
 * Slack by Socket Mode), the health checks and metrics, the pool for work after the ack, and the scheduler of weekly
 * digests. Closing it stops taking requests, lets those in flight and the queued work finish, and disconnects.
 */
public final class SlackService implements AutoCloseable {

    /** The clocks and pace of scheduled work: real ones in production, controllable ones in tests. */
    public record Timing(com.github.kagkarlsson.scheduler.Clock schedulerClock, Clock clock, Duration polling,
                         ChannelPacer pacer) {
        public static Timing real() {
            return new Timing(Instant::now, Clock.systemUTC(), Duration.ofSeconds(10), ChannelPacer.slack());
        }
    }

    private final AppServer server;
    private final BackgroundWork work;
    private final Optional<SocketModeApp> socketMode;
    private final DigestScheduler scheduler;
    private final Metrics metrics;

    private SlackService(AppServer server, BackgroundWork work, Optional<SocketModeApp> socketMode,
                         DigestScheduler scheduler, Metrics metrics) {
        this.server = server;
        this.work = work;
        this.socketMode = socketMode;
        this.scheduler = scheduler;
        this.metrics = metrics;
    }

    /**
     * Builds and starts everything.
     *
     * @throws IllegalArgumentException when Slack refuses the bot token
     */
    public static SlackService start(SlackSettings settings, MaturityContent content, Answerer answerer, Store store)
            throws Exception {
        return start(settings, content, answerer, store, Timing.real());
    }

    public static SlackService start(SlackSettings settings, MaturityContent content, Answerer answerer, Store store,
                                     Timing timing) throws Exception {
        var work = new BackgroundWork(4, 1_000);
        var secret = settings.socketMode() ? settings.appToken().orElseThrow() : settings.signingSecret();
        var metrics = new Metrics();
        var guide = Guide.of(content, answerer, store, work, RetryPolicy.standard(), new SignedText(secret), metrics);
        var poster = new DigestPoster(guide, SlackApp.slack(settings).methods(settings.botToken()), timing.pacer());
        var scheduler = new DigestScheduler(store.database().dataSource(), timing.schedulerClock(), timing.polling(),
                poster::deliver);
        var app = SlackApp.build(settings, guide, new DigestSettings(guide, scheduler, poster, timing.clock()));
        Map<String, Supplier<Readiness>> checks = Map.of(
                "database", () -> store.database().readiness(),
                "content", () -> Readiness.ready("questionnaire " + content.questionnaire().version()));
        var server = new AppServer(app, settings.host(), settings.port(), checks, metrics).start();
        scheduler.start();
        Optional<SocketModeApp> socket = Optional.empty();
        if (settings.socketMode()) {
            var socketApp = new SocketModeApp(settings.appToken().orElseThrow(), app, SocketModeClient.Backend.JavaWebSocket);
            socketApp.startAsync();
            socket = Optional.of(socketApp);
        }
        return new SlackService(server, work, socket, scheduler, metrics);
    }

    /** Delivers the digests that are due now instead of at the next poll (after a clock change, say). */
    public void checkDigestsNow() {
        scheduler.checkNow();
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
            scheduler.close();
            if (socketMode.isPresent()) {
                socketMode.get().close();
            }
            server.close();
        } finally {
            work.shutdown(Duration.ofSeconds(15));
            metrics.close();
        }
    }
}
