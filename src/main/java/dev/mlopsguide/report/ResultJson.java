package dev.mlopsguide.report;

import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.Question;
import java.util.List;

/** The stable JSON shape of an assessment result, as documented in the README. */
public record ResultJson(
        String questionnaireVersion,
        int level,
        String levelName,
        String summary,
        List<AreaJson> areas,
        List<BindingJson> binding,
        int answered,
        int total,
        List<String> unanswered,
        TargetJson target,
        List<StepJson> nextSteps,
        String beyondTarget) {

    /** {@code level} is null when none of the area's questions was answered. */
    public record AreaJson(String id, String name, Integer level, int answered, int total) {
    }

    public record BindingJson(String question, String option, int capsAt, String questionText, String optionLabel) {
    }

    public record TargetJson(int level, String levelName, List<String> reasons, List<String> notes, boolean atOrAbove) {
    }

    /** {@code unlocksLevel} is null for steps that a target note recommends rather than an answer. */
    public record StepJson(String id, String title, String effort, Integer unlocksLevel, String step, String why,
                           String how, List<String> tools, String question) {
    }

    public static ResultJson of(AssessmentResult result, MaturityContent content) {
        var score = result.score();
        var areas = score.areas().stream().map(a -> new AreaJson(a.area().id(), a.area().name(),
                a.level().isPresent() ? a.level().getAsInt() : null, a.answered(), a.total())).toList();
        var binding = score.binding().stream().map(b -> new BindingJson(b.question().id(), b.option().id(),
                b.capsAt(), b.question().text(), b.option().label())).toList();
        var target = result.target().map(t -> new TargetJson(t.level(), content.level(t.level()).name(),
                t.reasons(), t.notes(), result.isAtOrAboveTarget())).orElse(null);
        var steps = result.nextSteps().stream().map(p -> new StepJson(p.step().id(), p.step().title(),
                p.step().effort().name(), p.unlocksLevel().isPresent() ? p.unlocksLevel().getAsInt() : null,
                p.step().step(), p.step().why(), p.step().how(), p.step().tools(), p.questionId().orElse(null))).toList();
        return new ResultJson(result.questionnaireVersion(), score.level(), result.level().name(),
                result.level().summary(), areas, binding, score.answered(), score.total(),
                score.unanswered().stream().map(Question::id).toList(), target, steps,
                result.isAtOrAboveTarget() ? result.beyondTarget() : null);
    }
}
