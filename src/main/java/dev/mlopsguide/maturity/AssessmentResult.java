package dev.mlopsguide.maturity;

import java.util.List;
import java.util.Optional;

/**
 * A scored assessment with its target (when the team gave a profile) and its next steps. When the team is at
 * or above its target, {@code beyondTarget} says what more automation would cost.
 */
public record AssessmentResult(
        String questionnaireVersion,
        Score score,
        Level level,
        Optional<Target> target,
        List<PlannedStep> nextSteps,
        String beyondTarget) {

    public AssessmentResult {
        nextSteps = List.copyOf(nextSteps);
    }

    public boolean isAtOrAboveTarget() {
        return target.map(t -> score.level() >= t.level()).orElse(false);
    }
}
