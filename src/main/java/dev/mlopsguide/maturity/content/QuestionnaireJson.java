package dev.mlopsguide.maturity.content;

import dev.mlopsguide.maturity.Questionnaire;
import java.util.List;

/** The questionnaire as JSON, so that other tools can build answer files. */
public record QuestionnaireJson(String version, List<AreaJson> areas, List<QuestionJson> questions) {

    public record AreaJson(String id, String name, String step, String description) {
    }

    /** {@code when} is null for unconditional questions. */
    public record QuestionJson(String id, String area, String text, String help, WhenJson when, List<OptionJson> options) {
    }

    public record WhenJson(String question, List<String> in) {
    }

    public record OptionJson(String id, String label, int capsAt, List<String> nextSteps) {
    }

    public static QuestionnaireJson of(Questionnaire questionnaire) {
        var areas = questionnaire.areas().stream()
                .map(a -> new AreaJson(a.id(), a.name(), a.step(), a.description())).toList();
        var questions = questionnaire.questions().stream().map(q -> new QuestionJson(q.id(), q.areaId(), q.text(),
                q.help(),
                q.condition().map(c -> new WhenJson(c.questionId(), c.optionIds())).orElse(null),
                q.options().stream().map(o -> new OptionJson(o.id(), o.label(), o.capsAt(), o.nextSteps())).toList()))
                .toList();
        return new QuestionnaireJson(questionnaire.version(), areas, questions);
    }
}
