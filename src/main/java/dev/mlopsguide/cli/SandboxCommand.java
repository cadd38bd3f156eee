package dev.mlopsguide.cli;

import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.sandbox.Sandbox;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Try the app without a Slack workspace: the real app, a fake Slack, and a web page at "
                + "http://127.0.0.1:$MLOPS_GUIDE_PORT/ (default 3000) that plays Slack's part.",
                "This is what runs when mlops-guide is started without arguments and without Slack settings."})
final class SandboxCommand implements Callable<Integer> {

    /** Where the page keeps its messages, beside the database, so that a restart keeps them. */
    static final String PAGE_FILE = "sandbox-page.json";

    private final CliContext context;

    @Mixin
    KnowledgeOptions knowledge;

    SandboxCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        int port = port();
        try (var application = StoreAccess.application(context, knowledge.content)) {
            var sandbox = Sandbox.start(application, port,
                    Optional.of(DatabaseSettings.dataFolder(context.env()).resolve(PAGE_FILE)));
            context.out().println("MLOps Guide sandbox: open " + sandbox.url() + " in your browser. It plays Slack: type "
                    + "/mlops-assess there. Data: " + application.store().database().settings().description()
                    + ". Ctrl-C stops it.");
            // The database closes last, once the requests in flight and the queued work are done.
            UntilStopped.run(context, sandbox::join, sandbox, application);
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
