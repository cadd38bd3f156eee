package dev.mlopsguide.cli;

import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.MiniLmEmbeddings;
import dev.mlopsguide.knowledge.Retriever;
import dev.mlopsguide.sandbox.Sandbox;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Try the app without a Slack workspace: the real app, a fake Slack, and a web page at "
                + "http://127.0.0.1:$MLOPS_GUIDE_PORT/ (default 3000) that plays Slack's part.",
                "This is what runs when mlops-guide is started without arguments and without Slack settings."})
final class SandboxCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    KnowledgeOptions knowledge;

    SandboxCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        int port = port();
        var maturity = knowledge.content.load(context);
        var articles = knowledge.load(context);
        try (var store = StoreAccess.open(context)) {
            var retriever = new Retriever(articles, MiniLmEmbeddings.cachedIn(DatabaseSettings.dataFolder(context.env())));
            var sandbox = Sandbox.start(maturity, new Answerer(maturity, retriever), store, port);
            var stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    sandbox.close();
                } catch (Exception e) {
                    context.err().println("error while stopping: " + e.getMessage());
                } finally {
                    stopped.countDown();
                }
            }, "mlops-guide-sandbox-shutdown"));
            context.out().println("MLOps Guide sandbox: open " + sandbox.url() + " in your browser. It plays Slack: type "
                    + "/mlops-assess there. Data: " + store.database().settings().description() + ". Ctrl-C stops it.");
            context.out().flush();
            sandbox.join();
            stopped.await();
            return 0;
        }
    }

    private int port() {
        var text = context.setting(SlackSettings.PORT).orElse("3000");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UserInputException(SlackSettings.PORT + ": must be a port number, not '" + text + "'");
        }
    }
}
