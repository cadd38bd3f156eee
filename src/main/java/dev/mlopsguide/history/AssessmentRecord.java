package dev.mlopsguide.history;

import dev.mlopsguide.maturity.Answers;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A team's assessment as it was recorded: its answers, who took it and when, and its result on the questionnaire
 * version it was taken on. {@code areaLevels} holds only the areas with at least one answer.
 */
public record AssessmentRecord(
        long id,
        long teamId,
        String questionnaireVersion,
        String takenBy,
        AssessmentMode mode,
        Instant takenAt,
        int level,
        Map<String, Integer> areaLevels,
        int answered,
        int total,
        OptionalInt targetLevel,
        Answers answers) {

    public AssessmentRecord {
        Objects.requireNonNull(takenAt);
        areaLevels = Map.copyOf(areaLevels);
    }

    /** Scored before every question that applied was answered (a team thread finished early). */
    public boolean isPartial() {
        return answered < total;
    }

    public OptionalInt areaLevel(String areaId) {
        var level = areaLevels.get(areaId);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }
}
