package dev.mlopsguide.maturity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything loaded from the conversations folder that the maturity domain needs, already validated. */
public record MaturityContent(
        List<Level> levels,
        List<LifecycleStep> lifecycle,
        Questionnaire questionnaire,
        List<TargetRule> targetRules,
        String beyondTarget,
        Map<String, NextStep> nextSteps) {

    public MaturityContent {
        levels = List.copyOf(levels);
        lifecycle = List.copyOf(lifecycle);
        targetRules = List.copyOf(targetRules);
        nextSteps = Map.copyOf(nextSteps);
    }

    public Level level(int number) {
        return levels.stream().filter(l -> l.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no level " + number));
    }

    /** A next step of the catalogue, by its id. */
    public Optional<NextStep> nextStep(String id) {
        return Optional.ofNullable(nextSteps.get(id));
    }

    /** A next step's title; its id when the catalogue no longer has it (a step adopted before it was taken out). */
    public String nextStepTitle(String id) {
        return nextStep(id).map(NextStep::title).orElse(id);
    }

    public Optional<LifecycleStep> step(String id) {
        return lifecycle.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
