package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.slack.blocks.DigestViews;
import dev.mlopsguide.slack.blocks.HomeBlocks;
import dev.mlopsguide.slack.delivery.SlackPacer;
import dev.mlopsguide.slack.webapi.RetryPolicy;
import dev.mlopsguide.store.DigestDelivery;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A channel subscribes through the slash command; a controllable clock passes its time; the digest goes out once. */
@Tag(TestClock.TAG)
class DigestEndToEndTest {

    /** A Wednesday; the first digest is due on Monday 30 November at 09:00 in Paris, 08:00 UTC. */
    private static final Instant WEDNESDAY = TestClock.story("2026-11-25T12:00:00Z");
    private static final Instant DUE = TestClock.story("2026-11-30T08:00:00Z");
    private static final String WEEK = TestClock.storyYear(2026) + "-W48";

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(WEDNESDAY);
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(temp.resolve("data"), clock, new Application.Timing(Duration.ofMillis(50),
                SlackPacer.slack()));
        var team = app.store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId()), "#ml-platform");
        app.application.teamAssessor().assess(team,
                TestContent.team("level-2-automated-training.yml"), Optional.empty(), ALICE.userId(), AssessmentMode.MODAL, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private long subscribe() throws Exception {
        var ack = app.driver.command(ALICE, "digest on");
        assertThat(ack.body()).contains("Setting up the weekly digest");
        var reply = app.slack.await("response_url", c -> c.params().get("body").contains("Subscribed"), 1, Duration.ofSeconds(10)).get(0);
        assertThat(reply.params().get("body")).contains("every Monday at 09:00 (Europe/Paris)").contains("the first on Monday 30 November, 09:00");
        var team = app.store.teams().find(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId())).orElseThrow();
        return app.store.digestSubscriptions().find(team.id(), ALICE.channelId()).orElseThrow().id();
    }

    @Test
    void exactlyOneDigestWithItsChartReachesTheChannelWhenItsTimeComes() throws Exception {
        long subscription = subscribe();
        assertThat(app.slack.calls("chat.postMessage")).isEmpty();

        clock.set(DUE.plusSeconds(60));
        app.service.checkDigestsNow();

        var digest = app.slack.await("chat.postMessage", c -> c.params().get("text").startsWith("MLOps digest of #ml-platform"),
                1, Duration.ofSeconds(20)).get(0);
        assertThat(digest.params()).containsEntry("channel", ALICE.channelId());
        assertThat(digest.params().get("text")).contains("week " + WEEK + ": level 2 · Automated Training");
        var complete = app.slack.await("files.completeUploadExternal", 1).get(0);
        assertThat(complete.params()).containsEntry("channel_id", ALICE.channelId());
        assertThat(complete.params().get("thread_ts")).isNotBlank();
        assertThat(app.slack.calls("upload")).singleElement().satisfies(u -> assertThat(Integer.parseInt(u.params().get("bytes"))).isGreaterThan(5_000));
        awaitDelivery(subscription, DigestDelivery.Status.SENT);
        assertThat(app.slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aRateLimitedFirstTryIsRetriedAndStillPostsOnce() throws Exception {
        long subscription = subscribe();
        app.slack.fail("chat.postMessage", new FakeSlack.Fault.RateLimited(1), 1);

        clock.set(DUE.plusSeconds(60));
        app.service.checkDigestsNow();

        awaitDelivery(subscription, DigestDelivery.Status.SENT);
        var attempts = app.slack.calls("chat.postMessage");
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aChannelThatIsGonePausesTheSubscriptionAndTellsItsCreator() throws Exception {
        long subscription = subscribe();
        app.slack.fail("chat.postMessage", new FakeSlack.Fault.ApiError("channel_not_found"), 1);

        clock.set(DUE.plusSeconds(60));
        app.service.checkDigestsNow();

        var dm = app.slack.await("chat.postMessage", c -> c.params().get("channel").equals("D" + ALICE.userId()), 1,
                Duration.ofSeconds(20)).get(0);
        assertThat(dm.params().get("text")).contains("I paused the weekly MLOps digest").contains("channel_not_found");
        var paused = app.store.digestSubscriptions().byId(subscription).orElseThrow();
        assertThat(paused.active()).isFalse();
        assertThat(paused.pausedReason()).contains("channel_not_found");
        awaitDelivery(subscription, DigestDelivery.Status.FAILED);
    }

    @Test
    void aPreviewIsEphemeralAndOffStopsTheDigest() throws Exception {
        app.driver.command(ALICE, "digest preview");
        var preview = app.slack.await("response_url", c -> c.params().get("body").contains("MLOps digest of"), 1,
                Duration.ofSeconds(10)).get(0);
        assertThat(preview.params().get("body")).contains("\"response_type\":\"ephemeral\"").contains("W48");

        long subscription = subscribe();
        app.driver.command(ALICE, "digest off");
        app.slack.await("response_url", c -> c.params().get("body").contains("Unsubscribed"), 1, Duration.ofSeconds(10));
        assertThat(app.store.digestSubscriptions().byId(subscription)).isEmpty();

        var wrong = app.driver.command(ALICE, "digest on someday");
        assertThat(wrong.json().path("text").asText()).contains("I don't understand `someday`");
    }

    @Test
    void theAppHomesFormSendsTheDigestWhereAndWhenChosenTellsTheChannelAndListsItWithAStop() throws Exception {
        var team = app.store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId()), "#ml-platform");
        app.application.teamAssessor().assess(team, TestContent.team("level-2-automated-training.yml"),
                Optional.empty(), ALICE.userId(), AssessmentMode.MODAL, Map.of());
        app.driver.openHome(ALICE, "Ev-home-digest");
        var home = app.slack.await("views.publish", 1).get(0);
        assertThat(home.json("view").toString()).contains(HomeBlocks.DIGEST_ACTION);

        app.driver.viewButton(ALICE, HomeBlocks.DIGEST_ACTION, ALICE.channelId(), home.json("view"),
                SlackDriver.noValues());
        var form = SlackFlows.openedView(app.slack);
        assertThat(form.path("callback_id").asText()).isEqualTo(DigestViews.CALLBACK_ID);
        var values = SlackDriver.select(SlackDriver.noValues(), DigestViews.DAY_BLOCK, "value", "FRIDAY");
        values.putObject(DigestViews.TIME_BLOCK).putObject("value").put("type", "timepicker").put("selected_time", "16:30");
        values.putObject(DigestViews.CHANNEL_BLOCK).putObject("channel").put("type", "conversations_select")
                .put("selected_conversation", "CLEADS");

        var accepted = app.driver.submitView(ALICE, form, values).json();

        assertThat(accepted.path("view").toString()).contains("every Friday at 16:30");
        var notice = app.slack.await("chat.postMessage", c -> "CLEADS".equals(c.params().get("channel")), 1,
                Duration.ofSeconds(10)).get(0);
        assertThat(notice.params().get("text")).contains("<@UALICE> set up the weekly MLOps digest of <#CPLATFORM> here: "
                + "every Friday at 16:30 (Europe/Paris)");
        var updated = app.slack.await("views.publish", 2).get(1);
        assertThat(updated.json("view").toString()).contains("<#CLEADS>: every Friday at 16:30 (Europe/Paris)")
                .contains(HomeBlocks.DIGEST_STOP_ACTION);
        var subscription = app.store.digestSubscriptions().find(team.id(), "CLEADS").orElseThrow();
        assertThat(subscription.weekday()).isEqualTo(DayOfWeek.FRIDAY);

        app.driver.viewButton(ALICE, HomeBlocks.DIGEST_STOP_ACTION, ALICE.channelId() + " CLEADS",
                updated.json("view"), SlackDriver.noValues());
        var stopped = app.slack.await("views.publish", 3).get(2);
        assertThat(stopped.json("view").toString()).doesNotContain("<#CLEADS>");
        assertThat(app.store.digestSubscriptions().find(team.id(), "CLEADS")).isEmpty();
    }

    private void awaitDelivery(long subscription, DigestDelivery.Status status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            var delivery = app.store.digestDeliveries().find(subscription, WEEK);
            if (delivery.isPresent() && delivery.get().status() == status) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("delivery is " + delivery + ", expected " + status);
            }
            Thread.sleep(20);
        }
    }
}
