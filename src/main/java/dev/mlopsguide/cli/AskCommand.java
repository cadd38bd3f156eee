package dev.mlopsguide.cli;

import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.Passage;
import dev.mlopsguide.report.Json;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Ask an MLOps question; the answer comes from the knowledge base, or from your team's "
                + "assessment for questions about your level and next steps (with --team).",
                "Knowledge packs in $MLOPS_GUIDE_KNOWLEDGE are searched too."})
final class AskCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    KnowledgeOptions knowledge;

    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question, in quotes or not.")
    List<String> words;

    @Option(names = "--team", paramLabel = "NAME", description = "Team whose latest assessment answers questions about "
            + "\"our level\" and \"next steps\".")
    String teamName;

    @Option(names = "--json", description = "Print {answer, intent, confidence, certainty (sure, tentative or not_sure), "
            + "sources: [{id, title, path, score}]}.")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (plain, for a terminal; the default) or markdown (keeps bold and code markers).")
    OutputFormat format;

    AskCommand(CliContext context) {
        this.context = context;
    }

    /** The JSON shape of an answer. */
    record AnswerJson(String answer, String intent, double confidence, String certainty, List<Answerer.Source> sources) {
    }

    @Override
    public Integer call() {
        var question = String.join(" ", words).strip();
        if (question.isEmpty()) {
            throw new UserInputException("ask needs a question, for example: mlops-guide ask \"how do we detect drift?\"");
        }
        var answerer = knowledge.answerer(context);
        var team = teamName == null ? Answerer.TeamContext.UNKNOWN : teamContext();
        var answer = answerer.answer(question, () -> team);
        if (json) {
            context.out().print(Json.write(new AnswerJson(answer.text(), answer.intent().name().toLowerCase(Locale.ROOT),
                    answer.confidence(), answer.certainty().name().toLowerCase(Locale.ROOT), answer.sources())));
            return 0;
        }
        context.out().println(format.markup().fromMarkdown(answer.text()));
        if (!answer.related().isEmpty()) {
            context.out().println();
            context.out().println("Related: " + String.join("; ", answer.related().stream()
                    .map(Passage::label).toList()));
        }
        if (!answer.sources().isEmpty()) {
            context.out().println();
            context.out().println("Sources: " + String.join(", ", answer.sources().stream().map(Answerer.Source::id).toList()));
        }
        return 0;
    }

    private Answerer.TeamContext teamContext() {
        try (var application = StoreAccess.application(context, knowledge.content)) {
            return application.results().questionContext(StoreAccess.existingTeam(application, teamName),
                    "Team '" + teamName + "'");
        }
    }
}
