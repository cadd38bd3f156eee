package dev.mlopsguide.chaos;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.jobs.FollowUpWorker;
import dev.mlopsguide.slack.RunningApp;
import dev.mlopsguide.slack.delivery.SlackPacer;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A process for {@link ChaosTest} to kill or stop: the whole app on 127.0.0.1 over the database it is given (an H2
 * folder or a PostgreSQL URL), talking to the test's fake Slack. It prints {@code READY <port>} once it serves, and
 * stops as {@code serve} does on SIGTERM: requests first, then follow-up work, then the database.
 *
 * <p>Arguments: the database, the fake Slack's API URL, how long to wait for Slack's answers in milliseconds.
 */
public final class ChaosApp {

    /** Short, so that work held by a killed process is taken again within seconds of the restart. */
    static final Duration LEASE = Duration.ofSeconds(2);

    private ChaosApp() {
    }

    /** The database an argument names: a PostgreSQL URL, or the folder of an H2 file. */
    static DatabaseSettings settings(String database) {
        return database.startsWith("postgres") ? DatabaseSettings.parse(database) : DatabaseSettings.h2(Path.of(database));
    }

    public static void main(String[] args) throws Exception {
        var clock = TestClock.running();
        var application = RunningApp.application(Store.open(settings(args[0]), clock), clock);
        var settings = new SlackSettings(RunningApp.SIGNING_SECRET, "xoxb-test-token", Optional.empty(), args[1],
                "127.0.0.1", 0);
        var timing = new Application.Timing(Duration.ofSeconds(1), SlackPacer.slack(),
                new FollowUpWorker.Timing(Duration.ofMillis(200), LEASE), Duration.ofMillis(Long.parseLong(args[2])));
        var service = application.serve(settings, timing);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("error while stopping: " + e.getMessage());
            }
            application.close();
        }));
        System.out.println("READY " + service.port());
        System.out.flush();
        service.join();
    }
}
