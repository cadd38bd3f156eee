package dev.mlopsguide.slack;

import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.knowledge.TestKnowledge;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.sandbox.SlackUser;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.store.Store;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real app on real Jetty on 127.0.0.1, with an H2 store, talking to the fake Slack Web API, and a driver that
 * sends it signed requests as Slack would.
 */
final class RunningApp implements AutoCloseable {

    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final SlackUser ALICE = new SlackUser(FakeSlack.WORKSPACE, "UALICE", "alice", "CPLATFORM", "ml-platform");
    static final SlackUser BOB = new SlackUser(FakeSlack.WORKSPACE, "UBOB", "bob", "CPLATFORM", "ml-platform");

    final FakeSlack slack;
    final Store store;
    final SlackService service;
    final SlackDriver driver;
    private final boolean ownsSlack;

    private RunningApp(FakeSlack slack, boolean ownsSlack, Store store, SlackService service) {
        this.slack = slack;
        this.ownsSlack = ownsSlack;
        this.store = store;
        this.service = service;
        this.driver = new SlackDriver(URI.create("http://127.0.0.1:" + service.port() + AppServer.EVENTS_PATH),
                SIGNING_SECRET, slack);
    }

    static RunningApp start(Path dataFolder) throws Exception {
        return start(dataFolder, SlackService.Timing.real());
    }

    /** With the given clocks and pace for the weekly digests. */
    static RunningApp start(Path dataFolder, SlackService.Timing timing) throws Exception {
        var slack = FakeSlack.start(0);
        var settings = new SlackSettings(SIGNING_SECRET, "xoxb-test-token", Optional.empty(), slack.apiUrl(), "127.0.0.1", 0);
        var store = Store.open(DatabaseSettings.h2(dataFolder));
        return new RunningApp(slack, true, store, SlackService.start(settings, TestContent.bundled(),
                TestKnowledge.answerer(), store, timing));
    }

    /** An app (one replica, say) with its own settings on a fake Slack and a database that others may share. */
    static RunningApp on(FakeSlack slack, Store store, SlackSettings settings, SlackService.Timing timing) throws Exception {
        return new RunningApp(slack, false, store, SlackService.start(settings, TestContent.bundled(),
                TestKnowledge.answerer(), store, timing));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    @Override
    public void close() throws Exception {
        service.close();
        store.close();
        if (ownsSlack) {
            slack.close();
        }
    }
}
