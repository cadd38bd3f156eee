package dev.mlopsguide.sandbox;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.slack.SlackService;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Try the whole app without a Slack workspace: the real app on Jetty, the fake Slack Web API, and a web page that
 * plays Slack's part, all on 127.0.0.1.
 */
public final class Sandbox implements AutoCloseable {

    private final FakeSlack slack;
    private final SlackService service;
    private final SandboxServer page;

    private Sandbox(FakeSlack slack, SlackService service, SandboxServer page) {
        this.slack = slack;
        this.service = service;
        this.page = page;
    }

    /**
     * Starts the fake Slack, the application's Slack service and the page on {@code port} (0 for any free one);
     * {@code pageFile}, if any, keeps the page's messages across restarts.
     */
    public static Sandbox start(Application application, int port, Optional<Path> pageFile) throws Exception {
        var slack = FakeSlack.start(0);
        var secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        var signingSecret = HexFormat.of().formatHex(secret);
        var settings = new SlackSettings(signingSecret, "xoxb-sandbox", Optional.empty(), slack.apiUrl(), "127.0.0.1", 0);
        var service = application.serve(settings);
        var driver = SlackDriver.onPort(service.port(), signingSecret, slack, application.clock());
        return new Sandbox(slack, service, new SandboxServer(port, driver, slack, pageFile,
                application.clock()));
    }

    public String url() {
        return "http://127.0.0.1:" + page.port() + "/";
    }

    public void join() throws InterruptedException {
        service.join();
    }

    /** Stops the page, the app's Slack service and the fake Slack; the application itself stays open. */
    @Override
    public void close() throws Exception {
        page.close();
        service.close();
        slack.close();
    }
}
