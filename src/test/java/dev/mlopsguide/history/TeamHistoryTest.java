package dev.mlopsguide.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.maturity.Answers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A team's assessments in order, what stood at a moment, and what changed between two moments. */
class TeamHistoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void recordsAreKeptInTheOrderTheyWereTaken() {
        var later = Records.complete(2, MONDAY.plus(Duration.ofDays(7)), 2, Map.of("data", 2));
        var earlier = Records.complete(1, MONDAY, 1, Map.of("data", 1));

        var history = new TeamHistory(List.of(later, earlier));

        assertThat(history.records()).containsExactly(earlier, later);
        assertThat(history.latest()).contains(later);
        assertThat(new TeamHistory(List.of()).latest()).isEmpty();
    }

    @Test
    void whatStoodAtAMomentIsTheLastAssessmentTakenByThen() {
        var first = Records.complete(1, MONDAY, 1, Map.of());
        var second = Records.complete(2, MONDAY.plus(Duration.ofDays(7)), 3, Map.of());
        var history = new TeamHistory(List.of(first, second));

        assertThat(history.asOf(MONDAY.minusSeconds(1))).isEmpty();
        assertThat(history.asOf(MONDAY)).contains(first);
        assertThat(history.asOf(MONDAY.plus(Duration.ofDays(8)))).contains(second);
        assertThat(history.takenBetween(MONDAY.plusSeconds(1), MONDAY.plus(Duration.ofDays(7)))).isEmpty();
        assertThat(history.takenBetween(MONDAY, MONDAY.plus(Duration.ofDays(8)))).containsExactly(first, second);
    }

    @Test
    void theChangeBetweenTwoMomentsIsOverallAndPerArea() {
        var history = new TeamHistory(List.of(Records.complete(1, MONDAY, 1, Map.of("data", 1, "release", 2)),
                Records.complete(2, MONDAY.plus(Duration.ofDays(7)), 2, Map.of("data", 3, "release", 2))));

        var change = history.changeBetween(MONDAY.plusSeconds(1), MONDAY.plus(Duration.ofDays(8)));

        assertThat(change.overall().before()).hasValue(1);
        assertThat(change.overall().after()).hasValue(2);
        assertThat(change.areas().get("data").after()).hasValue(3);
        assertThat(change.areas().get("release").before()).hasValue(2);
    }

    @Test
    void theLatestResultComparesWithTheLastCompleteAssessmentBeforeIt() {
        var first = Records.complete(1, MONDAY, 1, Map.of("data", 1));
        var partial = new AssessmentRecord(2, 1, "v1", "U1", AssessmentMode.CHANNEL, MONDAY.plus(Duration.ofDays(3)),
                0, Map.of(), 0, 20, OptionalInt.empty(), Answers.NONE);
        var latest = Records.complete(3, MONDAY.plus(Duration.ofDays(7)), 2, Map.of("data", 2));
        var later = Records.complete(4, MONDAY.plus(Duration.ofDays(9)), 3, Map.of("data", 3));
        var history = new TeamHistory(List.of(first, partial, latest, later));

        assertThat(history.sincePrevious(latest)).hasValueSatisfying(change -> {
            assertThat(change.before()).contains(first);
            assertThat(change.overall().delta()).isEqualTo(1);
        });
        assertThat(history.sincePrevious(first)).isEmpty();
    }
}
