package dev.mlopsguide.maturity;

import java.util.List;

/**
 * The result of scoring a set of answers. {@code level} is the lowest cap over the answered questions (0 when
 * nothing was answered); {@code binding} are the answers at that cap, which stand between the team and the
 * next level (none at level 4); {@code unanswered} are applicable questions without an answer.
 */
public record Score(
        int level,
        List<AreaScore> areas,
        List<ScoredAnswer> answers,
        List<ScoredAnswer> binding,
        List<Question> unanswered) {

    public Score {
        areas = List.copyOf(areas);
        answers = List.copyOf(answers);
        binding = List.copyOf(binding);
        unanswered = List.copyOf(unanswered);
    }

    public int answered() {
        return answers.size();
    }

    public int total() {
        return answers.size() + unanswered.size();
    }

    public boolean isComplete() {
        return unanswered.isEmpty();
    }
}
