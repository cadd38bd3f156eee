package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static dev.mlopsguide.slack.RunningApp.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.slack.blocks.CheckInBlocks;
import dev.mlopsguide.slack.delivery.SlackPacer;
import dev.mlopsguide.slack.flows.TeamRhythm;
import dev.mlopsguide.store.Team;
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

/**
 * The rhythm of team threads, with a controllable clock: a team whose cadence comes due is invited to a check-in with
 * its answers carried over; an open thread is reminded after a day and three days and closes by itself.
 */
@Tag(TestClock.TAG)
class TeamRhythmEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** A Wednesday, 13:00 in Paris (the fake Slack's time zone for everyone). */
    private static final Instant WEDNESDAY = TestClock.story("2026-11-25T12:00:00Z");

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(WEDNESDAY);
    private RunningApp app;
    private Team team;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(temp.resolve("data"), clock, new Application.Timing(Duration.ofMillis(50),
                SlackPacer.slack()));
        team = app.application.teams().channel(FakeSlack.WORKSPACE, ALICE.channelId(), ALICE.channelName());
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void aDueTeamIsInvitedOnceWithItsAnswersCarriedOverAndOnlyTheChangesToMake() throws Exception {
        var before = TestContent.team("level-2-automated-training.yml");
        app.application.teamAssessor().assess(team, before, Optional.empty(), ALICE.userId(), AssessmentMode.MODAL, Map.of());
        assertThat(app.driver.command(ALICE, "cadence").body()).contains("every 3 months").contains("The next check-in");

        runRhythmAt(WEDNESDAY.plus(Duration.ofDays(93)));
        var root = app.slack.await("chat.postMessage", c -> c.params().get("text").contains("check-in"), 1, WAIT).get(0);
        assertThat(root.params()).containsEntry("channel", ALICE.channelId());
        var rootTs = SlackFlows.postedTs(root);
        var card = app.slack.await("chat.postMessage", c -> rootTs.equals(c.params().get("thread_ts")), 1, WAIT).get(0);
        var cardTs = SlackFlows.postedTs(card);
        assertThat(card.json("blocks").toString()).contains("carried over").contains(CheckInBlocks.ANSWER_ACTION_PREFIX);

        // One answer changed: experiments are now tracked the way the level-3 team does.
        var after = TestContent.team("level-3-automated-deployment.yml");
        var questionnaire = TestContent.bundled().questionnaire();
        var changed = before.byQuestion().keySet().stream().sorted()
                .filter(q -> !questionnaire.isGate(q) && after.optionOf(q).isPresent()
                        && !after.optionOf(q).equals(before.optionOf(q)))
                .findFirst().orElseThrow();
        var newOption = after.optionOf(changed).orElseThrow();
        assertThat(app.driver.messageSelect(BOB, CheckInBlocks.ANSWER_ACTION_PREFIX + 0, changed + "|" + newOption, cardTs,
                rootTs).status()).isEqualTo(200);
        app.slack.await("chat.update", c -> cardTs.equals(c.params().get("ts"))
                && c.json("blocks").toString().contains("<@UBOB>"), 1, WAIT);
        app.slack.await("chat.update", c -> rootTs.equals(c.params().get("ts"))
                && c.json("blocks").toString().contains("1 of"), 1, WAIT);

        app.driver.messageButton(ALICE, CheckInBlocks.CONFIRM_ACTION, "confirm", cardTs, rootTs);
        var result = app.slack.await("chat.postMessage", c -> c.params().get("text").startsWith("MLOps maturity"), 1,
                WAIT).get(0);
        assertThat(result.params()).containsEntry("thread_ts", rootTs);
        assertThat(result.json("blocks").toString()).containsPattern("Answered by (<@UBOB>, <@UALICE>|<@UALICE>, <@UBOB>)")
                .doesNotContain("partial result");
        var latest = app.store.assessments().latest(team.id()).orElseThrow();
        assertThat(latest.isPartial()).isFalse();
        assertThat(latest.mode()).isEqualTo(AssessmentMode.CHANNEL);
        assertThat(latest.answers().optionOf(changed)).contains(newOption);
        assertThat(latest.answers().byQuestion()).hasSize(before.byQuestion().size());

        // The next check-in is a cadence after this one: nothing more now.
        runRhythmAt(clock.instant().plus(Duration.ofHours(2)));
        assertThat(app.slack.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("text").contains("check-in")).count()).isEqualTo(1);
        assertThat(app.driver.command(ALICE, "cadence off").body()).contains("never");
    }

    @Test
    void anOpenThreadIsRemindedAfterADayAndThreeDaysInWorkingHoursThenClosesByItselfWithNothingRecorded() throws Exception {
        app.driver.command(ALICE, "team");
        var first = app.slack.await("chat.postMessage", c -> c.params().containsKey("thread_ts"), 1, WAIT).get(0);
        var rootTs = first.params().get("thread_ts");

        runRhythmAt(TestClock.story("2026-11-26T13:00:00Z"));
        var reminder = app.slack.await("chat.postMessage", c -> c.params().get("text").contains("still open"), 1, WAIT)
                .get(0);
        assertThat(reminder.params()).containsEntry("thread_ts", rootTs).containsEntry("reply_broadcast", "1");
        assertThat(reminder.params().get("text")).contains("0 of").contains("closes by itself");

        // Three days after the start is a Saturday: the second reminder waits for Monday 09:00 in Paris.
        runRhythmAt(TestClock.story("2026-11-28T13:00:00Z"));
        assertThat(remindersSent()).isEqualTo(1);
        runRhythmAt(TestClock.story("2026-11-30T08:05:00Z"));
        app.slack.await("chat.postMessage", c -> c.params().get("text").contains("still open"), 2, WAIT);

        runRhythmAt(TestClock.story("2026-12-02T12:05:00Z"));
        app.slack.await("chat.update", c -> rootTs.equals(c.params().get("ts"))
                && c.json("blocks").toString().contains("closed by itself"), 1, WAIT);
        assertThat(app.store.assessments().latest(team.id())).isEmpty();
        assertThat(app.slack.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("text").contains("still open")).count()).isEqualTo(2);
        assertThat(app.driver.command(BOB, "team").body()).contains("Starting a team assessment");
    }

    @Test
    void aCheckInLeftUnconfirmedClosesByItselfWithAPartialResultThatDoesNotReplaceTheTeamsResult() throws Exception {
        var before = TestContent.team("level-2-automated-training.yml");
        long complete = app.application.teamAssessor().assess(team, before, Optional.empty(), ALICE.userId(),
                AssessmentMode.MODAL, Map.of()).assessmentId();
        assertThat(app.driver.command(ALICE, "cadence monthly").body()).contains("every month");

        var change = bobChangesAnAnswerInAMonthlyCheckIn(before);

        runRhythmAt(clock.instant().plus(Duration.ofDays(8)));
        app.slack.await("chat.update", c -> change.rootTs().equals(c.params().get("ts"))
                && c.json("blocks").toString().contains("nobody confirmed"), 1, WAIT);
        var history = app.store.assessments().history(team.id()).records();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).isPartial()).isTrue();
        assertThat(history.get(1).partialInWords()).contains("carried over, not confirmed");
        assertThat(history.get(1).answers().optionOf(change.question())).contains(change.option());
        assertThat(app.store.assessments().latest(team.id()).orElseThrow().id()).isEqualTo(complete);
        // Found already past its time (the app was down for a week): closed, not reminded.
        assertThat(app.slack.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("text").contains("still open")).count()).isZero();
    }

    @Test
    void anAnswerClickedBeforeTheCardsPostingIsRecordedStillShowsOnTheCard() throws Exception {
        var before = TestContent.team("level-2-automated-training.yml");
        app.application.teamAssessor().assess(team, before, Optional.empty(), ALICE.userId(), AssessmentMode.MODAL, Map.of());
        assertThat(app.driver.command(ALICE, "cadence monthly").body()).contains("every month");
        // Slack has the card, and people see it, before the app hears back: a click can come first.
        app.slack.answerAfter("chat.postMessage", Duration.ofSeconds(2));

        // Waits for the card to show Bob's answer.
        bobChangesAnAnswerInAMonthlyCheckIn(before);
    }

    /** Bob's change, on a check-in's card, to the first question the team answered. */
    private record Change(String rootTs, String question, String option) {
    }

    /** Starts the monthly check-in of a team that answered {@code before}; Bob changes an answer, seen on the card. */
    private Change bobChangesAnAnswerInAMonthlyCheckIn(Answers before) throws Exception {
        runRhythmAt(WEDNESDAY.plus(Duration.ofDays(32)));
        var rootTs = SlackFlows.postedTs(app.slack.await("chat.postMessage",
                c -> c.params().get("text").contains("check-in"), 1, WAIT).get(0));
        var cardTs = SlackFlows.postedTs(app.slack.await("chat.postMessage",
                c -> rootTs.equals(c.params().get("thread_ts")), 1, WAIT).get(0));
        var question = before.byQuestion().keySet().stream().sorted()
                .filter(q -> !TestContent.bundled().questionnaire().isGate(q)).findFirst().orElseThrow();
        var other = TestContent.bundled().questionnaire().question(question).orElseThrow().options().stream()
                .map(o -> o.id()).filter(o -> !before.optionOf(question).orElseThrow().equals(o)).findFirst().orElseThrow();
        app.driver.messageSelect(BOB, CheckInBlocks.ANSWER_ACTION_PREFIX + 0, question + "|" + other, cardTs, rootTs);
        app.slack.await("chat.update", c -> cardTs.equals(c.params().get("ts"))
                && c.json("blocks").toString().contains("<@UBOB>"), 1, WAIT);
        return new Change(rootTs, question, other);
    }

    private void runRhythmAt(Instant at) throws InterruptedException {
        app.runHourlyTaskAt(clock, at, TeamRhythm.TASK_NAME);
    }

    private int remindersSent() {
        return app.store.channelFlows().open().get(0).remindersSent();
    }
}
