package dev.mlopsguide.cli;

import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.MiniLmEmbeddings;
import dev.mlopsguide.knowledge.Retriever;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.slack.SlackService;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
        var maturity = knowledge.content.load(context);
        var articles = knowledge.load(context);
        try (var store = StoreAccess.open(context)) {
            var retriever = new Retriever(articles, MiniLmEmbeddings.cachedIn(DatabaseSettings.dataFolder(context.env())));
            context.out().println("Knowledge index: " + retriever.size() + " passages from " + articles.documents()
                    + " documents, built in " + retriever.buildMillis() + " ms.");
            SlackService service;
            try {
                service = SlackService.start(settings, maturity, new Answerer(maturity, retriever), store);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(SlackSettings.BOT_TOKEN + ": Slack refused it (" + e.getMessage()
                        + "); check the token and " + SlackSettings.API_URL);
            }
            var stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    service.close();
                } catch (Exception e) {
                    context.err().println("error while stopping: " + e.getMessage());
                } finally {
                    stopped.countDown();
                }
            }, "mlops-guide-shutdown"));
            context.out().println("MLOps Guide is serving Slack " + (settings.socketMode() ? "in Socket Mode, with "
                    : "at http://" + service.host() + ":" + service.port() + AppServer.EVENTS_PATH + ", with ")
                    + "health checks at " + AppServer.HEALTH_PATH + " and " + AppServer.READY_PATH + " on port "
                    + service.port() + ". Data: " + store.database().settings().description() + ".");
            context.out().flush();
            service.join();
            stopped.await();
            return 0;
        }
    }
}
