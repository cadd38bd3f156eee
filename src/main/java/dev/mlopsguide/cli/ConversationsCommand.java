package dev.mlopsguide.cli;

import dev.mlopsguide.maturity.content.ContentLoader;
import dev.mlopsguide.maturity.content.ContentProblem;
import dev.mlopsguide.maturity.content.InvalidContentException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "conversations", mixinStandardHelpOptions = true,
        description = "Work with the content folder (questionnaire, levels, targets, next steps, knowledge).",
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
            // Both halves are checked, as the server loads both at start, so that one run lists every mistake.
            var problems = new ArrayList<ContentProblem>();
            var content = loaded(() -> ContentLoader.load(location), problems);
            var knowledge = loaded(() -> KnowledgeOptions.load(location, context), problems);
            if (!problems.isEmpty()) {
                problems.forEach(context.out()::println);
                context.out().println(problems.size() + (problems.size() == 1 ? " mistake" : " mistakes")
                        + " in " + location.label() + ".");
                return 1;
            }
            var questionnaire = content.questionnaire();
            context.out().println(location.label() + ": valid - questionnaire " + questionnaire.version() + ", "
                    + questionnaire.areas().size() + " areas, " + questionnaire.questions().size() + " questions, "
                    + content.levels().size() + " levels, " + content.targetRules().size() + " target rules, "
                    + content.nextSteps().size() + " next steps; knowledge: " + knowledge.documents() + " documents, "
                    + String.format(Locale.ROOT, "%,d", knowledge.taught().size()) + " labelled questions taught.");
            return 0;
        }

        /** What {@code load} loads, or null with its mistakes added to {@code problems}. */
        private static <T> T loaded(Supplier<T> load, List<ContentProblem> problems) {
            try {
                return load.get();
            } catch (InvalidContentException e) {
                problems.addAll(e.problems());
                return null;
            }
        }
    }
}
