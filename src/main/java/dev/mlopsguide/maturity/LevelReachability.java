package dev.mlopsguide.maturity;

import java.util.List;
import java.util.Objects;

/**
 * Decides whether some combination of answers scores exactly a given level. Only gate questions (those others
 * depend on) need to be branched over; for any other question, picking an option that caps exactly at the level
 * is never worse than picking a higher one.
 */
public final class LevelReachability {

    private final Questionnaire questionnaire;
    private final List<Question> questions;

    public LevelReachability(Questionnaire questionnaire) {
        this.questionnaire = Objects.requireNonNull(questionnaire);
        this.questions = questionnaire.questions();
    }

    public boolean canScore(int level) {
        return search(0, Answers.NONE, false, level);
    }

    private boolean search(int index, Answers answers, boolean reachedLevel, int level) {
        if (index == questions.size()) {
            return reachedLevel;
        }
        var question = questions.get(index);
        boolean applies = question.condition().map(c -> c.isMetBy(answers)).orElse(true);
        if (!applies) {
            return search(index + 1, answers, reachedLevel, level);
        }
        var candidates = question.options().stream().filter(o -> o.capsAt() >= level).toList();
        if (questionnaire.isGate(question.id())) {
            return candidates.stream().anyMatch(o ->
                    search(index + 1, answers.with(question.id(), o.id()), reachedLevel || o.capsAt() == level, level));
        }
        if (candidates.stream().anyMatch(o -> o.capsAt() == level)) {
            return search(index + 1, answers, true, level);
        }
        return !candidates.isEmpty() && search(index + 1, answers, reachedLevel, level);
    }
}
