package dev.mlopsguide.cli;

import dev.mlopsguide.maturity.content.ContentLoader;
import dev.mlopsguide.maturity.content.InvalidContentException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "conversations", mixinStandardHelpOptions = true,
        description = "Work with the content folder (questionnaire, levels, targets, next steps).",
        subcommands = ConversationsCommand.Check.class)
final class ConversationsCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validate a content folder and list every mistake with its file, line and fix.",
                    "Exit code 0 when it is valid, 1 when it has mistakes."})
    static final class Check implements Callable<Integer> {

        private final CliContext context;

        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "Folder to check (default: $" + ContentOptions.ENVIRONMENT_VARIABLE + ", else the bundled one).")
        Path directory;

        Check(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var location = ContentOptions.locate(directory, context);
            try {
                var content = ContentLoader.load(location);
                var questionnaire = content.questionnaire();
                context.out().println(location.label() + ": valid - questionnaire " + questionnaire.version() + ", "
                        + questionnaire.areas().size() + " areas, " + questionnaire.questions().size() + " questions, "
                        + content.levels().size() + " levels, " + content.targetRules().size() + " target rules, "
                        + content.nextSteps().size() + " next steps.");
                return 0;
            } catch (InvalidContentException e) {
                e.problems().forEach(context.out()::println);
                context.out().println(e.problems().size() + (e.problems().size() == 1 ? " mistake" : " mistakes")
                        + " in " + location.label() + ".");
                return 1;
            }
        }
    }
}
