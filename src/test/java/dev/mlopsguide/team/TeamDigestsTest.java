package dev.mlopsguide.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.digest.Digest;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.slack.RunningApp;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag(TestClock.TAG)
class TeamDigestsTest {

    @TempDir
    Path temp;

    @Test
    void thisWeeksDigestSoFarEndsAtTheApplicationsNow() {
        var clock = TestClock.atStory("2026-11-25T12:00:00Z");
        try (var application = RunningApp.application(Store.open(DatabaseSettings.h2(temp), clock), clock)) {
            var team = application.teams().channel("T1", "C1", "ml-platform");
            var before = application.digests().soFar(team, ZoneId.of("Europe/Paris"));
            application.teamAssessor().assess(team, TestContent.team("level-2-automated-training.yml"), Optional.empty(),
                    "U1", AssessmentMode.MODAL, Map.of());
            clock.advance(Duration.ofHours(1));

            var after = application.digests().soFar(team, ZoneId.of("Europe/Paris"));

            assertThat(before.kind()).isEqualTo(Digest.Kind.NEVER_ASSESSED);
            assertThat(after.kind()).isNotEqualTo(Digest.Kind.NEVER_ASSESSED);
            assertThat(after.week().end()).isEqualTo(clock.instant());
            assertThat(after.week().id()).isEqualTo(TestClock.storyYear(2026) + "-W48");
        }
    }
}
