package dev.mlopsguide.slack;

import dev.mlopsguide.Conditions;
import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.knowledge.TestKnowledge;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.sandbox.SlackUser;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The real app on real Jetty on 127.0.0.1, built by the composition root with an H2 store, talking to the fake
 * Slack Web API, and a driver that sends it signed requests as Slack would.
 */
public final class RunningApp implements AutoCloseable {

    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    public static final SlackUser ALICE = new SlackUser(FakeSlack.WORKSPACE, "UALICE", "alice", "CPLATFORM", "ml-platform");
    public static final SlackUser BOB = new SlackUser(FakeSlack.WORKSPACE, "UBOB", "bob", "CPLATFORM", "ml-platform");

    public final FakeSlack slack;
    public final Application application;
    public final Store store;
    public final SlackService service;
    public final SlackDriver driver;
    private final boolean ownsSlack;

    private RunningApp(FakeSlack slack, boolean ownsSlack, Application application, SlackService service) {
        this.slack = slack;
        this.ownsSlack = ownsSlack;
        this.application = application;
        this.store = application.store();
        this.service = service;
        this.driver = SlackDriver.onPort(service.port(), SIGNING_SECRET, slack, application.clock());
    }

    public static RunningApp start(Path dataFolder) throws Exception {
        return start(dataFolder, TestClock.running(), Application.Timing.standard());
    }

    /** With the given clock, and pace for the weekly digests. */
    public static RunningApp start(Path dataFolder, Clock clock, Application.Timing timing) throws Exception {
        var slack = FakeSlack.start(0);
        var settings = new SlackSettings(SIGNING_SECRET, "xoxb-test-token", Optional.empty(), slack.apiUrl(), "127.0.0.1", 0);
        var application = application(Store.open(DatabaseSettings.h2(dataFolder), clock), clock);
        return new RunningApp(slack, true, application, application.serve(settings, timing));
    }

    /** An app (one replica, say) with its own settings on a fake Slack and a database that others may share. */
    public static RunningApp on(FakeSlack slack, Store store, Clock clock, SlackSettings settings,
                                Application.Timing timing) throws Exception {
        var application = application(store, clock);
        return new RunningApp(slack, false, application, application.serve(settings, timing));
    }

    /** The application with the bundled content and the test knowledge base, over {@code store}. */
    public static Application application(Store store, Clock clock) {
        return new Application(clock, TestContent.bundled(), store, TestKnowledge::answerer);
    }

    /**
     * Sets the clock to {@code at} and waits until the hourly task {@code task} has run there: db-scheduler has moved
     * its next run past {@code at}. A test moves the clock past an hour only through this: a run started at an
     * earlier time and ended after the clock moved would also move the next run past {@code at}, having seen the
     * earlier time.
     */
    public void runHourlyTaskAt(TestClock clock, Instant at, String task) throws InterruptedException {
        clock.set(at);
        service.checkDigestsNow();
        Conditions.await(Duration.ofSeconds(15), task + " ran", () -> nextRun(task).isAfter(at));
    }

    private Instant nextRun(String task) {
        try (var connection = store.database().dataSource().getConnection();
             var query = connection.prepareStatement("SELECT execution_time FROM scheduled_tasks WHERE task_name = ?")) {
            query.setString(1, task);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, OffsetDateTime.class).toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    @Override
    public void close() throws Exception {
        service.close();
        application.close();
        if (ownsSlack) {
            slack.close();
        }
    }
}
