package dev.mlopsguide.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.socket_mode.SocketModeClient;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.digest.DigestScheduler;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.store.Readiness;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TokenCipher;
import dev.mlopsguide.store.WorkspacePurge;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Slack app: Bolt with every feature, served over HTTP on Jetty (and, with an app token, connected to
 * Slack by Socket Mode), the health checks and metrics, the pool for work after the ack, and the scheduler of weekly
 * digests. Closing it stops taking requests, lets those in flight and the queued work finish, and disconnects.
 */
public final class SlackService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackService.class);

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
        var slack = SlackApp.slack(settings);
        var installations = settings.distribution().map(distribution -> new DatabaseInstallationService(
                store.installations(TokenCipher.of(distribution.keys())),
                distribution, slack.methods(), guide.calls(), timing.clock()));
        BotTokens tokens = installations.<BotTokens>map(service -> service)
                .orElseGet(() -> workspace -> settings.botToken());
        var poster = new DigestPoster(guide, slack, tokens, timing.pacer());
        var purge = new WorkspacePurge(store.workspaceData(), settings.uninstallGrace(), timing.clock());
        var scheduler = new DigestScheduler(store.database().dataSource(), timing.schedulerClock(), timing.polling(),
                poster::deliver, List.of(purge.task()));
        var app = SlackApp.build(settings, guide, new DigestSettings(guide, scheduler, poster, timing.clock()),
                installations);
        Map<String, Supplier<Readiness>> checks = Map.of(
                "database", () -> store.database().readiness(),
                "content", () -> Readiness.ready("questionnaire " + content.questionnaire().version()));
        var server = new AppServer(app, settings.host(), settings.port(), checks, metrics).start();
        scheduler.start();
        settings.botToken().ifPresent(token -> reinstalled(slack, token, store));
        Optional<SocketModeApp> socket = Optional.empty();
        if (settings.socketMode()) {
            var socketApp = new SocketModeApp(settings.appToken().orElseThrow(), app, SocketModeClient.Backend.JavaWebSocket);
            socketApp.startAsync();
            socket = Optional.of(socketApp);
        }
        return new SlackService(server, work, socket, scheduler, metrics);
    }

    /**
     * With one workspace, the token comes from the environment: a token that works means the app is installed
     * (again, perhaps after an uninstall), so the workspace's data is no longer due for deletion.
     */
    private static void reinstalled(Slack slack, String token, Store store) {
        try {
            var auth = slack.methods(token).authTest(r -> r);
            if (auth.isOk()) {
                store.workspaceData().markInstalled(auth.getTeamId());
            }
        } catch (IOException | SlackApiException e) {
            LOG.warn("Could not check which workspace the bot token belongs to: {}", e.getMessage());
        }
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
