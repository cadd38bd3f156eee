package dev.mlopsguide.cli;

import dev.mlopsguide.maturity.content.QuestionnaireJson;
import dev.mlopsguide.report.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "questions", mixinStandardHelpOptions = true,
        description = "List the questionnaire: areas, questions, their conditions and options.")
final class QuestionsCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ContentOptions content;

    @Option(names = "--json", description = "Print JSON (areas, questions with id, text, when, options with id, label, capsAt).")
    boolean json;

    QuestionsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var questionnaire = content.load(context).questionnaire();
        if (json) {
            context.out().print(Json.write(QuestionnaireJson.of(questionnaire)));
            return 0;
        }
        var out = context.out();
        out.println("Questionnaire " + questionnaire.version());
        for (var area : questionnaire.areas()) {
            out.println();
            out.println(area.name() + " (" + area.id() + ", " + area.step() + ")");
            questionnaire.questions().stream().filter(q -> q.areaId().equals(area.id())).forEach(q -> {
                out.println("  " + q.id() + ": " + q.text()
                        + q.condition().map(c -> "  [only when " + c.questionId() + " is " + String.join(" or ", c.optionIds()) + "]").orElse(""));
                q.options().forEach(o -> out.println("      " + o.id() + " (caps at " + o.capsAt() + "): " + o.label()));
            });
        }
        return 0;
    }
}
