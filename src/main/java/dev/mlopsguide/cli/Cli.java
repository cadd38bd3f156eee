package dev.mlopsguide.cli;

import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.config.SlackSettings;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The {@code mlops-guide} command and its subcommands. */
@Command(name = "mlops-guide", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"MLOps Guide: assess your team's MLOps maturity, see your target level and next steps,",
                "and learn the Design / Train / Operate steps of an ML project."},
        subcommands = {SandboxCommand.class, ServeCommand.class, AssessCommand.class, AskCommand.class,
                HistoryCommand.class, QuestionsCommand.class, ExplainCommand.class, ConversationsCommand.class,
                DigestCliCommand.class, DbCommand.class, EvalCommand.class, KnowledgeCommand.class, OrgCommand.class,
                StepsCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    static final String LOG_FORMAT = "LOG_FORMAT";
    private static final Set<String> LOG_FORMATS = Set.of("text", "json");

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show debug logs and stack traces of errors.")
    boolean verbose;

    /**
     * Runs the command line against a terminal and returns the exit code: 0 ok, 1 failed or stopped, 2 bad input.
     * Without arguments it serves Slack when Slack settings are present, and starts the sandbox otherwise.
     */
    public static int run(CliContext context, String... given) {
        var logFormat = context.setting(LOG_FORMAT).orElse("text");
        if (!LOG_FORMATS.contains(logFormat)) {
            // logback.xml picks its appender by this name: any other value would silence every log.
            context.err().println("error: " + LOG_FORMAT + ": must be 'text' or 'json', not '" + logFormat + "'");
            context.err().flush();
            return ErrorReporter.BAD_INPUT;
        }
        var slackConfigured = Stream.of(SlackSettings.BOT_TOKEN, SlackSettings.APP_TOKEN, Distribution.CLIENT_ID)
                .anyMatch(name -> context.setting(name).isPresent());
        var args = given.length > 0 ? given : new String[] {slackConfigured ? "serve" : "sandbox"};
        var commandLine = new CommandLine(Cli.class, new CommandFactory(context))
                .setOut(context.out())
                .setErr(context.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorReporter(context, Arrays.asList(args).contains("--verbose")));
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"mlops-guide " + (version == null ? "development build" : version)};
        }
    }
}
