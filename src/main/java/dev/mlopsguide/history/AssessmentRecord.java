package dev.mlopsguide.history;

import dev.mlopsguide.maturity.Answers;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A team's assessment as it was recorded: its answers, who took it and when, and its result on the questionnaire
 * version it was taken on. {@code areaLevels} holds only the areas with at least one answer; {@code unconfirmed}
 * counts the answers a check-in carried over that nobody confirmed before it closed by itself.
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
        Answers answers,
        int unconfirmed) {

    public AssessmentRecord {
        Objects.requireNonNull(takenAt);
        areaLevels = Map.copyOf(areaLevels);
    }

    public AssessmentRecord(long id, long teamId, String questionnaireVersion, String takenBy, AssessmentMode mode,
                            Instant takenAt, int level, Map<String, Integer> areaLevels, int answered, int total,
                            OptionalInt targetLevel, Answers answers) {
        this(id, teamId, questionnaireVersion, takenBy, mode, takenAt, level, areaLevels, answered, total, targetLevel,
                answers, 0);
    }

    /**
     * Scored before every question that applied was answered (a team thread finished early), or with answers that
     * nobody confirmed (a check-in that closed by itself).
     */
    public boolean isPartial() {
        return answered < total || unconfirmed > 0;
    }

    /** Why the result is partial, in words ("partial: 12 of 21 answered"); empty when it is not. */
    public String partialInWords() {
        if (unconfirmed > 0) {
            return "partial: " + unconfirmed + " of " + total + " answers carried over, not confirmed";
        }
        return answered < total ? "partial: " + answered + " of " + total + " answered" : "";
    }

    public OptionalInt areaLevel(String areaId) {
        var level = areaLevels.get(areaId);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }
}
