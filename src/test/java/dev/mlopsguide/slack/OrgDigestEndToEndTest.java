package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static dev.mlopsguide.slack.RunningApp.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.slack.delivery.SlackPacer;
import dev.mlopsguide.slack.flows.OrgDigests;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly digest of every team, turned on by an admin, sent once a week, and not at all in a quiet week. */
@Tag(TestClock.TAG)
class OrgDigestEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Instant MONDAY = TestClock.story("2026-11-23T10:00:00Z");

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(MONDAY);
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(temp.resolve("data"), clock, new Application.Timing(Duration.ofMillis(50),
                SlackPacer.slack()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void anAdminsChannelGetsTheLevelsThatMovedAndTheTeamsThatSlippedOnceAWeek() throws Exception {
        assess("CFRAUD", "#fraud", "level-2-automated-training.yml");
        assess("CSEARCH", "#search", "level-3-automated-deployment.yml");
        app.driver.command(BOB, "settings org-digest <#CPLATFORM|ml-platform>");
        app.slack.await("response_url", c -> c.params().get("body").contains("workspace admin or owner"), 1, WAIT);
        app.driver.command(ALICE, "settings org-digest <#CPLATFORM|ml-platform>");
        app.slack.await("response_url", c -> c.params().get("body").contains("gets the levels that moved"), 1, WAIT);

        app.runHourlyTaskAt(clock, MONDAY.plus(Duration.ofDays(2)), OrgDigests.TASK_NAME);
        assess("CSEARCH", "#search", "level-1-devops-no-mlops.yml");
        assess("CADS", "#ads", "level-2-automated-training.yml");
        app.runHourlyTaskAt(clock, MONDAY.plus(Duration.ofDays(7)).plusSeconds(60), OrgDigests.TASK_NAME);

        var digest = app.slack.await("chat.postMessage", c -> c.params().get("text").startsWith("Every team's week"), 1,
                WAIT).get(0);
        assertThat(digest.params()).containsEntry("channel", "CPLATFORM");
        assertThat(digest.json("blocks").toString()).contains("Levels that moved").contains("#search: 3 → 1")
                .contains("#ads: first assessed, level 2").contains("Slipped").doesNotContain("#fraud:");

        // A quiet week sends nothing; the next one is a week after the last.
        app.runHourlyTaskAt(clock, MONDAY.plus(Duration.ofDays(14)).plusSeconds(120), OrgDigests.TASK_NAME);
        assertThat(app.slack.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("text").startsWith("Every team's week")).count()).isEqualTo(1);
    }

    private void assess(String channel, String name, String answers) {
        var team = app.application.teams().channel(FakeSlack.WORKSPACE, channel, name);
        app.application.teamAssessor().assess(team, TestContent.team(answers), Optional.empty(), ALICE.userId(),
                AssessmentMode.MODAL, Map.of());
    }
}
