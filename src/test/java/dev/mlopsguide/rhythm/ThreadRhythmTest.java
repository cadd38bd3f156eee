package dev.mlopsguide.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Reminders in working hours, closing by itself, and cadences as people say them. */
class ThreadRhythmTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void workingHoursAreWeekdaysFromNineToFiveInTheTeamsTimeZone() {
        // Wednesday 2026-11-25, 10:00 in Paris: within.
        assertThat(WorkingHours.atOrAfter(Instant.parse("2026-11-25T09:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        // 18:00 in Paris: the next morning at 09:00.
        assertThat(WorkingHours.atOrAfter(Instant.parse("2026-11-25T17:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
        // Friday evening and Saturday: Monday morning.
        assertThat(WorkingHours.atOrAfter(Instant.parse("2026-11-27T16:30:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(WorkingHours.atOrAfter(Instant.parse("2026-11-28T12:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        // 07:00 in Tokyo is before the day starts there: 09:00 the same day.
        assertThat(WorkingHours.atOrAfter(Instant.parse("2026-11-24T22:00:00Z"), TOKYO))
                .isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    }

    @Test
    void aThreadIsRemindedADayAndThreeDaysAfterItStartedThenCloses() {
        var start = Instant.parse("2026-11-23T10:00:00Z"); // a Monday, 11:00 in Paris
        assertThat(ThreadRhythm.due(start, 0, PARIS, WEEK, start.plus(Duration.ofHours(23))))
                .isEqualTo(new ThreadRhythm.Nothing());
        assertThat(ThreadRhythm.due(start, 0, PARIS, WEEK, start.plus(Duration.ofHours(24))))
                .isEqualTo(new ThreadRhythm.Remind(1));
        assertThat(ThreadRhythm.due(start, 1, PARIS, WEEK, start.plus(Duration.ofHours(30))))
                .isEqualTo(new ThreadRhythm.Nothing());
        assertThat(ThreadRhythm.due(start, 1, PARIS, WEEK, start.plus(Duration.ofHours(72))))
                .isEqualTo(new ThreadRhythm.Remind(2));
        assertThat(ThreadRhythm.due(start, 2, PARIS, WEEK, start.plus(Duration.ofDays(6))))
                .isEqualTo(new ThreadRhythm.Nothing());
        assertThat(ThreadRhythm.due(start, 2, PARIS, WEEK, start.plus(WEEK))).isEqualTo(new ThreadRhythm.Close());
    }

    @Test
    void aReminderThatWouldComeAfterTheThreadClosesIsNotSentAndLateOnesComeOneAtATime() {
        var start = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(ThreadRhythm.due(start, 1, PARIS, Duration.ofDays(2), start.plus(Duration.ofHours(47))))
                .isEqualTo(new ThreadRhythm.Nothing());
        // Down for four days: the first reminder first; the second at the next run.
        assertThat(ThreadRhythm.due(start, 0, PARIS, WEEK, start.plus(Duration.ofDays(4))))
                .isEqualTo(new ThreadRhythm.Remind(1));
    }

    @Test
    void cadencesAreReadAsPeopleSayThem() {
        assertThat(Cadence.parse("quarterly")).contains(3);
        assertThat(Cadence.parse("Monthly")).contains(1);
        assertThat(Cadence.parse("half-yearly")).contains(6);
        assertThat(Cadence.parse("every 2 months")).contains(2);
        assertThat(Cadence.parse("off")).contains(0);
        assertThat(Cadence.parse("13")).isEmpty();
        assertThat(Cadence.parse("weekly")).isEmpty();
        assertThat(Cadence.inWords(3)).isEqualTo("every 3 months");
        assertThat(Cadence.inWords(0)).isEqualTo("never");
        assertThat(Cadence.inWords(1)).isEqualTo("every month");
        assertThat(Cadence.inWords(12)).isEqualTo("every year");
        assertThat(Cadence.span(1)).isEqualTo("a month");
    }
}
