package dev.mlopsguide.maturity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A scored assessment with its target (when the team gave a profile) and its next steps: {@code moreSteps} more are
 * needed than are listed, and {@code stepsOptional} says they lead past the target the team has reached. When the
 * team is at or above its target, {@code beyondTarget} says what more automation would cost.
 */
public record AssessmentResult(
        String questionnaireVersion,
        Score score,
        Level level,
        Optional<Target> target,
        List<PlannedStep> nextSteps,
        int moreSteps,
        boolean stepsOptional,
        String beyondTarget) {

    public AssessmentResult {
        nextSteps = List.copyOf(nextSteps);
    }

    public boolean isAtOrAboveTarget() {
        return target.map(t -> score.level() >= t.level()).orElse(false);
    }

    /**
     * What the team's answers support, and its strongest and weakest areas, in its own terms rather than the
     * level's typical description (which may not fit this team).
     */
    public String summary() {
        var text = new StringBuilder("Your answers support level " + score.level() + " · " + level.name() + ".");
        var scored = score.areas().stream().filter(a -> a.level().isPresent()).toList();
        int highest = scored.stream().mapToInt(a -> a.level().getAsInt()).max().orElse(Level.LOWEST);
        int lowest = scored.stream().mapToInt(a -> a.level().getAsInt()).min().orElse(Level.LOWEST);
        if (scored.isEmpty()) {
            return text.toString();
        }
        if (highest == lowest) {
            return text.append(" Every area is at level ").append(lowest).append('.').toString();
        }
        return text.append(" Strongest: ").append(areasAt(scored, highest)).append(". Weakest: ")
                .append(areasAt(scored, lowest)).append('.').toString();
    }

    private static String areasAt(List<AreaScore> areas, int level) {
        return areas.stream().filter(a -> a.level().getAsInt() == level).map(a -> a.area().name())
                .collect(Collectors.joining(", ")) + " (level " + level + ")";
    }

    /** The heading of the next steps: all needed to reach the goal, or optional ones past the target. */
    public String stepsHeading() {
        return stepsOptional ? "Optional: toward level " + (score.level() + 1) + ", past your target"
                : "Next steps (every step needed for a level must be done to reach it)";
    }

    /** How a step is labelled: the level it is needed for, or that it is optional. */
    public String stepTag(PlannedStep step) {
        if (step.unlocksLevel().isEmpty()) {
            return "advised for your profile";
        }
        return (stepsOptional ? "optional · toward level " : "needed for level ") + step.unlocksLevel().getAsInt();
    }

    /** That more steps are needed than are listed, and where they come from; empty when all are listed. */
    public String moreStepsNote() {
        int goal = stepsOptional ? score.level() + 1 : target.map(Target::level).orElse(score.level() + 1);
        return moreSteps == 0 ? "" : "… and " + moreSteps + " more step(s) toward level " + goal
                + ": they come up here as these are done.";
    }
}
