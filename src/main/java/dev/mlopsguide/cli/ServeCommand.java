package dev.mlopsguide.cli;

import dev.mlopsguide.app.Application.Timing;
import dev.mlopsguide.app.ClassPreloading;
import dev.mlopsguide.app.StartupTimes;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.slack.SlackService;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the Slack app: HTTP on $MLOPS_GUIDE_PORT (default 3000) with $SLACK_SIGNING_SECRET and "
                + "$SLACK_BOT_TOKEN, or Socket Mode when $SLACK_APP_TOKEN is set.",
                "Stops gracefully on Ctrl-C or SIGTERM, letting requests in flight finish."})
final class ServeCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    KnowledgeOptions knowledge;

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        var settings = SlackSettings.fromEnvironment(context.env());
        var times = new StartupTimes();
        ClassPreloading.start();
        try (var application = StoreAccess.serving(context, knowledge.content, times)) {
            SlackService service;
            try {
                service = application.serve(settings, Timing.standard(), times);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(SlackSettings.BOT_TOKEN + ": Slack refused it (" + e.getMessage()
                        + "); check the token and " + SlackSettings.API_URL);
            }
            context.out().println("MLOps Guide is serving Slack " + (settings.socketMode() ? "in Socket Mode, with "
                    : "at http://" + service.host() + ":" + service.port() + AppServer.EVENTS_PATH + ", with ")
                    + "health checks at " + AppServer.HEALTH_PATH + " and " + AppServer.READY_PATH + " on port "
                    + service.port() + ". Data: " + application.store().database().settings().description() + ".");
            context.out().printf(Locale.ROOT, "Ready %.1f s after the process started (%s).%n",
                    StartupTimes.sinceProcessStart(), times.summary());
            // The database closes last, once the requests in flight and the queued work are done.
            UntilStopped.run(context, service::join, service, application);
            return 0;
        }
    }
}
