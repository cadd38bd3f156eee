package dev.mlopsguide.server;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.store.Readiness;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server: Bolt's servlet at {@code /slack/events} for commands, interactions and events, the install page,
 * its start and the OAuth redirect when the app is distributed, the health checks, {@code /metrics}, and pages added
 * by {@link #servePages} (the knowledge articles). It shows no stack traces
 * or server version, refuses bodies over 1 MB with 413, and on stop lets the requests in flight finish.
 */
public final class AppServer implements AutoCloseable {

    public static final String EVENTS_PATH = "/slack/events";
    public static final String INSTALL_PATH = "/slack/install";
    public static final String INSTALL_START_PATH = "/slack/install/start";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";
    public static final String HEALTH_PATH = "/healthz";
    public static final String READY_PATH = "/readyz";
    public static final String METRICS_PATH = "/metrics";
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** How long a stop waits for the requests in flight. */
    public static final Duration DRAIN = Duration.ofSeconds(15);

    /** How requests from Slack are verified: the signing secret, the clock, and the shared record of signatures. */
    public record Edge(String signingSecret, Clock clock, Predicate<String> firstSeen) {
    }

    private final Server server;
    private final App app;
    private final ServletContextHandler context;

    /**
     * {@code edge}: what verifies the requests to {@link #EVENTS_PATH} before Bolt sees them; its signing secret is
     * empty in Socket Mode, where Slack sends nothing over HTTP and every request there is refused. {@code pages}: HTML
     * served as it is, by path.
     */
    public AppServer(App app, String host, int port, Edge edge, Map<String, String> pages,
                     Map<String, Supplier<Readiness>> readiness, Metrics metrics) {
        this.app = app;
        var threads = new QueuedThreadPool(64, 8);
        threads.setName("mlops-guide-http");
        this.server = new Server(threads);
        var connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
        server.addConnector(connector);

        this.context = new ServletContextHandler();
        context.addFilter(new FilterHolder(new RouteGuard()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new SignatureCheck(edge.signingSecret(), edge.clock(), edge.firstSeen())),
                EVENTS_PATH, EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new SlackEventsServlet(app)), EVENTS_PATH);
        pages.forEach((path, html) -> context.addServlet(new ServletHolder(new PageServlet(html)), path));
        if (app.config().isDistributedApp()) {
            context.addServlet(new ServletHolder(new SlackOAuthAppServlet(app.toOAuthInstallPathEnabledApp())),
                    INSTALL_START_PATH);
            context.addServlet(new ServletHolder(new SlackOAuthAppServlet(app.toOAuthRedirectUriPathEnabledApp())),
                    REDIRECT_PATH);
        }
        var health = new ServletHolder(new HealthServlet(readiness));
        context.addServlet(health, HEALTH_PATH);
        context.addServlet(health, READY_PATH);
        context.addServlet(new ServletHolder(new MetricsServlet(metrics)), METRICS_PATH);
        context.setErrorHandler(new PlainErrors());
        server.setErrorHandler(new PlainErrors());

        var sizeLimit = new SizeLimitHandler(MAX_BODY_BYTES, -1);
        sizeLimit.setHandler(context);
        server.setHandler(new GracefulHandler(sizeLimit));
        server.setStopTimeout(DRAIN.toMillis());
        server.setStopAtShutdown(false);
    }

    /** Serves the pages of {@code pages} under {@code path} (which ends with a slash); before {@link #start}. */
    public AppServer servePages(String path, Function<String, Optional<String>> pages) {
        context.addServlet(new ServletHolder(new PagesServlet(pages)), path + "*");
        return this;
    }

    /** Starts the Bolt app (which checks the bot token with Slack) and then the server. */
    public AppServer start() throws Exception {
        app.start();
        server.start();
        return this;
    }

    /** The port actually bound, useful when 0 was asked for. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String host() {
        return ((ServerConnector) server.getConnectors()[0]).getHost();
    }

    /** Stops taking requests, waits for those in flight, then stops. */
    @Override
    public void close() throws Exception {
        server.stop();
        app.stop();
    }

    public void join() throws InterruptedException {
        server.join();
    }

}
