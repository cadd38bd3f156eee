package dev.mlopsguide.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** Scores answers against a questionnaire: the weakest practice bounds the team, overall and per area. */
public final class MaturityScorer {

    private final Questionnaire questionnaire;

    public MaturityScorer(Questionnaire questionnaire) {
        this.questionnaire = Objects.requireNonNull(questionnaire);
    }

    /**
     * Scores the answers to the questions that apply. Answers to questions that do not apply (for example
     * left over after a changed gate answer) are ignored.
     *
     * @throws IllegalArgumentException if an answer names an option its question does not have
     */
    public Score score(Answers answers) {
        var scored = new ArrayList<ScoredAnswer>();
        var unanswered = new ArrayList<Question>();
        for (var question : questionnaire.applicable(answers)) {
            var optionId = answers.optionOf(question.id());
            if (optionId.isEmpty()) {
                unanswered.add(question);
                continue;
            }
            var option = question.option(optionId.get()).orElseThrow(() -> new IllegalArgumentException(
                    "question '" + question.id() + "' has no option '" + optionId.get() + "'"));
            scored.add(new ScoredAnswer(question, option));
        }
        int level = lowestCap(scored).orElse(Level.LOWEST);
        var binding = level >= Level.HIGHEST
                ? List.<ScoredAnswer>of()
                : scored.stream().filter(a -> a.capsAt() == level).toList();
        return new Score(level, areaScores(scored, unanswered), scored, binding, unanswered);
    }

    private List<AreaScore> areaScores(List<ScoredAnswer> scored, List<Question> unanswered) {
        return questionnaire.areas().stream().map(area -> {
            var inArea = scored.stream().filter(a -> a.question().areaId().equals(area.id())).toList();
            long open = unanswered.stream().filter(q -> q.areaId().equals(area.id())).count();
            return new AreaScore(area, lowestCap(inArea), inArea.size(), inArea.size() + (int) open);
        }).toList();
    }

    private static OptionalInt lowestCap(List<ScoredAnswer> answers) {
        return answers.stream().mapToInt(ScoredAnswer::capsAt).min();
    }
}
