package dev.mlopsguide.maturity;

import java.util.List;

/**
 * The level that fits a team, the reasons for it, advisory notes, and next-step ids the notes recommend
 * whatever the level.
 */
public record Target(int level, List<String> reasons, List<String> notes, List<String> nextSteps) {

    public Target {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        nextSteps = List.copyOf(nextSteps);
    }
}
