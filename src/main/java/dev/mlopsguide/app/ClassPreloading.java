package dev.mlopsguide.app;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.slack.webapi.SlackClients;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the Slack, HTTP and metrics stacks' classes on a second core while the first reads the content and opens the
 * database: start-up spends most of its time loading classes, and these do not depend on the database. Measured on two
 * cores, it takes about a second off the time to ready (docs/developing.md#start-up-and-memory).
 */
public final class ClassPreloading {

    private static final Logger LOG = LoggerFactory.getLogger(ClassPreloading.class);

    private ClassPreloading() {
    }

    public static void start() {
        var thread = new Thread(ClassPreloading::load, "class-preloading");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load() {
        long start = System.nanoTime();
        try (var metrics = new Metrics()) {
            var slack = SlackClients.forApi("http://127.0.0.1/", SlackClients.READ_TIMEOUT);
            slack.methods();
            new App(AppConfig.builder().slack(slack).signingSecret("preloading").singleTeamBotToken("xoxb-preloading")
                    .build());
            new Server();
        } catch (RuntimeException e) {
            LOG.debug("Preloading classes stopped early: {}", e.getMessage());
        }
        LOG.info("Start-up: Slack, HTTP and metrics classes preloaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
