package dev.mlopsguide.slack;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.store.Readiness;
import dev.mlopsguide.store.Store;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The running Slack app: Bolt with every feature, served over HTTP on Jetty (and, with an app token, connected to
 * Slack by Socket Mode), the health checks, and the pool for work after the ack. Closing it stops taking requests,
 * lets those in flight and the queued work finish, and disconnects.
 */
public final class SlackService implements AutoCloseable {

    private final AppServer server;
    private final BackgroundWork work;
    private final Optional<SocketModeApp> socketMode;

    private SlackService(AppServer server, BackgroundWork work, Optional<SocketModeApp> socketMode) {
        this.server = server;
        this.work = work;
        this.socketMode = socketMode;
    }

    /**
     * Builds and starts everything.
     *
     * @throws IllegalArgumentException when Slack refuses the bot token
     */
    public static SlackService start(SlackSettings settings, MaturityContent content, Answerer answerer, Store store)
            throws Exception {
        var work = new BackgroundWork(4, 1_000);
        var secret = settings.socketMode() ? settings.appToken().orElseThrow() : settings.signingSecret();
        var guide = Guide.of(content, answerer, store, work, new SlackCalls(RetryPolicy.standard()), new SignedText(secret));
        var app = SlackApp.build(settings, guide);
        Map<String, Supplier<Readiness>> checks = Map.of(
                "database", () -> store.database().readiness(),
                "content", () -> Readiness.ready("questionnaire " + content.questionnaire().version()));
        var server = new AppServer(app, settings.host(), settings.port(), checks).start();
        Optional<SocketModeApp> socket = Optional.empty();
        if (settings.socketMode()) {
            var socketApp = new SocketModeApp(settings.appToken().orElseThrow(), app, SocketModeClient.Backend.JavaWebSocket);
            socketApp.startAsync();
            socket = Optional.of(socketApp);
        }
        return new SlackService(server, work, socket);
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
            if (socketMode.isPresent()) {
                socketMode.get().close();
            }
            server.close();
        } finally {
            work.shutdown(Duration.ofSeconds(15));
        }
    }
}
