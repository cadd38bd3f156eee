package dev.mlopsguide.maturity;

import java.util.List;
import java.util.OptionalInt;

/**
 * A rule from targets.yml. When all its conditions match, it raises the target to {@code level} with
 * {@code text} as the reason, or, without a level, adds {@code text} as a note. {@code stop} ends evaluation.
 */
public record TargetRule(
        String id, List<ProfileCondition> when, OptionalInt level, String text, boolean stop, List<String> nextSteps) {

    public TargetRule {
        when = List.copyOf(when);
        nextSteps = List.copyOf(nextSteps);
    }

    public boolean matches(TeamProfile profile) {
        return when.stream().allMatch(c -> c.matches(profile));
    }
}
