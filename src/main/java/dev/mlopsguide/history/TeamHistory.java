package dev.mlopsguide.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A team's assessments in the order they were taken, with the questions one asks of them over time. */
public record TeamHistory(List<AssessmentRecord> records) {

    public TeamHistory {
        records = records.stream().sorted(Comparator.comparing(AssessmentRecord::takenAt)
                .thenComparingLong(AssessmentRecord::id)).toList();
    }

    public Optional<AssessmentRecord> latest() {
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    /** The result that stood at {@code instant}: the last assessment taken at or before it. */
    public Optional<AssessmentRecord> asOf(Instant instant) {
        return records.stream().filter(r -> !r.takenAt().isAfter(instant)).reduce((a, b) -> b);
    }

    /** How the team's results changed between what stood at {@code from} and what stood at {@code to}. */
    public Comparison changeBetween(Instant from, Instant to) {
        return Comparison.between(asOf(from), asOf(to));
    }

    /**
     * How {@code record}, one of these, compares with the last complete assessment taken before it; empty when there
     * was none (a partial one would compare levels it never scored).
     */
    public Optional<Comparison> sincePrevious(AssessmentRecord record) {
        return records.stream().takeWhile(r -> r.id() != record.id()).filter(r -> !r.isPartial()).reduce((a, b) -> b)
                .map(previous -> Comparison.between(Optional.of(previous), Optional.of(record)));
    }

    /** The assessments taken in [from, to). */
    public List<AssessmentRecord> takenBetween(Instant from, Instant to) {
        return records.stream().filter(r -> !r.takenAt().isBefore(from) && r.takenAt().isBefore(to)).toList();
    }
}
