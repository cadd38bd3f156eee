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

    private final Map<String, NextStep> catalogue;

    public NextStepPlanner(Map<String, NextStep> catalogue) {
        this.catalogue = Map.copyOf(catalogue);
    }

    /**
     * Plans at most {@code limit} steps. The goal is the target level, or the next level when there is no target.
     */
    public List<PlannedStep> plan(Score score, Optional<Target> target, int limit) {
        int goal = target.map(Target::level).orElse(Math.min(score.level() + 1, Level.HIGHEST));
        var levelSteps = new LinkedHashMap<String, PlannedStep>();
        score.answers().stream()
                .filter(a -> a.capsAt() < goal)
                .sorted(Comparator.comparingInt(ScoredAnswer::capsAt))
                .forEach(answer -> answer.option().nextSteps().forEach(id -> levelSteps.putIfAbsent(id,
                        new PlannedStep(step(id), OptionalInt.of(answer.capsAt() + 1), Optional.of(answer.question().id())))));
        var noteSteps = target.map(Target::nextSteps).orElse(List.of()).stream()
                .filter(id -> !levelSteps.containsKey(id))
                .map(id -> new PlannedStep(step(id), OptionalInt.empty(), Optional.empty()))
                .toList();

        var ordered = new ArrayList<>(levelSteps.values());
        ordered.sort(Comparator.comparingInt((PlannedStep p) -> p.unlocksLevel().getAsInt())
                .thenComparing(p -> p.step().effort()));
        var plan = new ArrayList<>(ordered.subList(0, Math.min(ordered.size(), Math.max(0, limit - noteSteps.size()))));
        plan.addAll(noteSteps.subList(0, Math.min(noteSteps.size(), limit)));
        return List.copyOf(plan);
    }

    private NextStep step(String id) {
        return Objects.requireNonNull(catalogue.get(id), () -> "unknown next step " + id);
    }
}
