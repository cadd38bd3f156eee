package dev.mlopsguide.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.slack.RunningApp;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subscription is stored and its schedule kept with it; stopping it cancels the schedule. */
@Tag(TestClock.TAG)
class DigestSchedulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path temp;

    @Test
    void subscribingSchedulesAndUnsubscribingCancels() {
        var clock = TestClock.atStory("2026-11-25T12:00:00Z");
        try (var application = RunningApp.application(Store.open(DatabaseSettings.h2(temp), clock), clock)) {
            var timetable = mock(DigestSchedules.Timetable.class);
            var schedules = new DigestSchedules(application.store().digestSubscriptions(), timetable);
            var team = application.teams().channel("T1", "C1", "ml-platform");
            var first = TestClock.story("2026-11-30T08:00:00Z");
            when(timetable.next(anyLong())).thenReturn(Optional.of(first));

            var subscribed = schedules.subscribe(team, "C2", DayOfWeek.FRIDAY, LocalTime.of(16, 30), PARIS, "U1");

            var id = subscribed.subscription().id();
            verify(timetable).schedule(id, DayOfWeek.FRIDAY, LocalTime.of(16, 30), PARIS);
            assertThat(subscribed.first()).contains(first);
            assertThat(schedules.find(team, "C2")).hasValueSatisfying(s -> assertThat(s.createdAt()).isEqualTo(clock.instant()));

            assertThat(schedules.unsubscribe(team, "C2")).isPresent();
            verify(timetable).cancel(id);
            assertThat(schedules.find(team, "C2")).isEmpty();
        }
    }

    @Test
    void stoppingADigestThatDoesNotExistTouchesNoSchedule() {
        var clock = TestClock.running();
        try (var application = RunningApp.application(Store.open(DatabaseSettings.h2(temp), clock), clock)) {
            var timetable = mock(DigestSchedules.Timetable.class);
            var team = application.teams().channel("T1", "C1", "ml-platform");

            assertThat(new DigestSchedules(application.store().digestSubscriptions(), timetable).unsubscribe(team, "C1"))
                    .isEmpty();
            verifyNoInteractions(timetable);
        }
    }
}
