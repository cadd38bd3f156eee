package dev.mlopsguide.maturity;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A next step recommended to a team. {@code unlocksLevel} is the level that the answer behind it stops capping;
 * it is empty for steps a target note recommends (such as an approval gate), which unlock no level.
 * {@code questionId} is the question whose answer called for the step, if any.
 */
public record PlannedStep(NextStep step, OptionalInt unlocksLevel, Optional<String> questionId) {
}
