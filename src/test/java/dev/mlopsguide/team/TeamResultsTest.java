package dev.mlopsguide.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.slack.RunningApp;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team services over a real H2 store, dated by the application's clock. */
@Tag(TestClock.TAG)
class TeamResultsTest {

    private static final TeamProfile CRITICAL =
            new TeamProfile(Stage.BUSINESS_CRITICAL, 12, RetrainingCadence.DAILY, ServingMode.ONLINE, 99.99, Regulation.NONE);

    @TempDir
    Path temp;

    private final TestClock clock = TestClock.atStory("2026-11-02T09:00:00Z");
    private Application application;

    @BeforeEach
    void open() {
        application = RunningApp.application(Store.open(DatabaseSettings.h2(temp), clock), clock);
    }

    @AfterEach
    void close() {
        application.close();
    }

    @Test
    void aTeamThatWasNeverAssessedHasNoResult() {
        application.teams().channel("T1", "C1", "ml-platform");

        assertThat(application.results().latest(TeamKey.channel("T1", "C1"))).isEmpty();
        assertThat(application.results().latest(TeamKey.channel("T1", "CNONE"))).isEmpty();
    }

    @Test
    void theLatestResultIsScoredWithTheTeamsCurrentProfile() {
        var team = application.teams().channel("T1", "C1", "ml-platform");
        assess(team, "level-1-devops-no-mlops.yml", "U1");
        clock.advance(Duration.ofDays(7));
        var recorded = assess(team, "level-2-automated-training.yml", "U2");
        assertThat(recorded.result().target()).isEmpty();

        application.store().profiles().save(team.id(), CRITICAL, "U2");
        var latest = application.results().latest(TeamKey.channel("T1", "C1")).orElseThrow();

        assertThat(latest.team().name()).isEqualTo("#ml-platform");
        assertThat(latest.record().id()).isEqualTo(recorded.assessmentId());
        assertThat(latest.record().takenAt()).isEqualTo(clock.instant());
        assertThat(latest.result().score().level()).isEqualTo(2);
        assertThat(latest.result().target()).hasValueSatisfying(target -> assertThat(target.level()).isEqualTo(4));
        assertThat(application.results().history(team).records()).hasSize(2);
    }

    @Test
    void aPersonsLatestResultAndAnAssessmentByIdAreFoundWithTheirTeam() {
        var platform = application.teams().channel("T1", "C1", "ml-platform");
        var data = application.teams().channel("T1", "C2", "data");
        var first = assess(platform, "level-3-automated-deployment.yml", "U1");
        clock.advance(Duration.ofHours(1));
        assess(data, "level-0-notebook-poc.yml", "U1");

        assertThat(application.results().latestTakenBy("T1", "U1")).hasValueSatisfying(latest -> {
            assertThat(latest.team().key().externalId()).isEqualTo("C2");
            assertThat(latest.result().score().level()).isEqualTo(0);
        });
        assertThat(application.results().latestTakenBy("T2", "U1")).isEmpty();
        assertThat(application.results().assessment(first.assessmentId())).hasValueSatisfying(found ->
                assertThat(found.team().key().externalId()).isEqualTo("C1"));
        assertThat(application.results().assessment(999_999)).isEmpty();
    }

    @Test
    void aQuestionAboutTheTeamKnowsItsLatestResultAndHowItMoved() {
        var team = application.teams().channel("T1", "C1", "ml-platform");
        assertThat(application.results().questionContext(team, "#ml-platform").latest()).isEmpty();

        var first = assess(team, "level-1-devops-no-mlops.yml", "U1");
        clock.advance(Duration.ofDays(21));
        var second = assess(team, "level-2-automated-training.yml", "U2");
        var context = application.results().questionContext(team, "#ml-platform");

        assertThat(context.teamName()).isEqualTo("#ml-platform");
        assertThat(context.latest()).hasValueSatisfying(result -> assertThat(result.score().level()).isEqualTo(2));
        assertThat(context.sincePrevious()).hasValueSatisfying(comparison -> {
            assertThat(comparison.before()).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo(first.assessmentId()));
            assertThat(comparison.after()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(second.assessmentId()));
        });
    }

    @Test
    void aChannelsTeamIsCreatedOnceAndNamedAfterTheChannel() {
        var first = application.teams().channel("T1", "C1", "ml-platform");
        var again = application.teams().channel("T1", "C1", "renamed");
        var unnamed = application.teams().channel("T1", "C9", null);

        assertThat(again).isEqualTo(first);
        assertThat(unnamed.name()).isEqualTo("C9");
        assertThat(application.teams().local("local").key()).isEqualTo(TeamKey.local("local"));
    }

    private TeamAssessor.Recorded assess(Team team, String file, String user) {
        return application.teamAssessor().assess(team, TestContent.team(file), Optional.empty(), user,
                AssessmentMode.MODAL, Map.of());
    }
}
