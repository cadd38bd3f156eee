package dev.mlopsguide.maturity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns the answers that hold a team below its goal into an ordered list of next steps: first the steps that
 * unlock the lowest level, then the cheaper ones, then those the target's notes ask for.
 */
public final class NextStepPlanner {

    public static final int DEFAULT_LIMIT = 5;
    /** At or above its target, a team is offered this many optional steps toward the next level, not a plan. */
    static final int OPTIONAL_LIMIT = 2;

    /**
     * The steps to show, how many more steps the goal needs beyond them, and whether they are optional (the team is
     * at or above its target, so they lead past it).
     */
    public record Plan(List<PlannedStep> steps, int more, boolean optional) {
        public Plan {
            steps = List.copyOf(steps);
        }
    }

    private final Map<String, NextStep> catalogue;

    public NextStepPlanner(Map<String, NextStep> catalogue) {
        this.catalogue = Map.copyOf(catalogue);
    }

    /**
     * Plans at most {@code limit} steps. The goal is the target level, or the next level when there is no target;
     * a team at or above its target gets at most {@link #OPTIONAL_LIMIT} optional steps toward the next level.
     */
    public Plan plan(Score score, Optional<Target> target, int limit) {
        boolean optional = target.isPresent() && score.level() >= target.get().level() && score.level() < Level.HIGHEST;
        int goal = optional ? score.level() + 1
                : target.map(Target::level).orElse(Math.min(score.level() + 1, Level.HIGHEST));
        int levelLimit = optional ? Math.min(limit, OPTIONAL_LIMIT) : limit;
        var levelSteps = new LinkedHashMap<String, PlannedStep>();
        score.answers().stream()
                .filter(a -> a.capsAt() < goal)
                .sorted(Comparator.comparingInt(ScoredAnswer::capsAt))
                .forEach(answer -> answer.option().nextSteps().forEach(id -> levelSteps.putIfAbsent(id,
                        new PlannedStep(step(id), OptionalInt.of(answer.capsAt() + 1), Optional.of(answer.question().id())))));
        var noteSteps = target.map(Target::nextSteps).orElse(List.of()).stream()
                .filter(id -> !levelSteps.containsKey(id) && !alreadyDone(id, score))
                .map(id -> new PlannedStep(step(id), OptionalInt.empty(), Optional.empty()))
                .toList();

        var ordered = new ArrayList<>(levelSteps.values());
        ordered.sort(Comparator.comparingInt((PlannedStep p) -> p.unlocksLevel().getAsInt())
                .thenComparing(p -> p.step().effort()));
        int shown = Math.min(ordered.size(), Math.max(0, levelLimit - noteSteps.size()));
        var plan = new ArrayList<>(ordered.subList(0, shown));
        plan.addAll(noteSteps.subList(0, Math.min(noteSteps.size(), limit)));
        return new Plan(plan, ordered.size() - shown, optional);
    }

    /**
     * Whether the team's answers show it already takes the step: a question can advise it, and the team's answer to
     * that question does not (a regulated team that records its approvals is not told to add one).
     */
    private static boolean alreadyDone(String stepId, Score score) {
        return score.answers().stream().anyMatch(answer -> !answer.option().nextSteps().contains(stepId)
                && answer.question().options().stream().anyMatch(option -> option.nextSteps().contains(stepId)));
    }

    private NextStep step(String id) {
        return Objects.requireNonNull(catalogue.get(id), () -> "unknown next step " + id);
    }
}
