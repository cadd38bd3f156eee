package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static dev.mlopsguide.slack.RunningApp.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlopsguide.app.Application;
import dev.mlopsguide.knowledge.ArticlePages;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.sandbox.SlackUser;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.slack.blocks.EscalationBlocks;
import dev.mlopsguide.slack.delivery.SlackPacer;
import dev.mlopsguide.slack.flows.GapReports;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TestClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions beyond the first answer, end to end on the fake Slack: the assistant pane, follow-ups without a mention,
 * "Not helpful" taken to the experts and back, the weekly gap report, and the knowledge pages answers link to.
 */
@Tag(TestClock.TAG)
class QuestionsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final SlackUser CAROL = new SlackUser(FakeSlack.WORKSPACE, "UCAROL", "carol", "CEXPERTS", "experts");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(TestClock.story("2026-11-25T12:00:00Z"));
    private RunningApp app;
    private int events;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(temp.resolve("data"), clock, new Application.Timing(Duration.ofMillis(50),
                SlackPacer.slack()));
        app.store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId()), "#ml-platform");
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void aNewAssistantThreadIsGreetedWithPromptsForTheChannelViewed() throws Exception {
        startAssistantThread("DALICE", "1700000100.000100", ALICE.channelId());

        var prompts = app.slack.await("assistant.threads.setSuggestedPrompts", 1).get(0);
        assertThat(prompts.params()).containsEntry("channel_id", "DALICE").containsEntry("thread_ts", "1700000100.000100");
        assertThat(prompts.json("prompts").toString()).contains("What level are we at?").contains("What should we do next?");
        var hello = app.slack.await("chat.postMessage", 1).get(0);
        assertThat(hello.params()).containsEntry("thread_ts", "1700000100.000100");
        assertThat(hello.params().get("text")).contains("<#" + ALICE.channelId() + ">");

        // Moving to a channel without a team changes the prompts, without greeting again.
        var moved = NODES.objectNode().put("type", "assistant_thread_context_changed");
        moved.set("assistant_thread", thread("DALICE", "1700000100.000100", "CDATASCI"));
        app.driver.event(FakeSlack.WORKSPACE, moved, "Ev-moved", 0);
        var again = app.slack.await("assistant.threads.setSuggestedPrompts", 2).get(1);
        assertThat(again.json("prompts").toString()).doesNotContain("What level are we at?").contains("aim for");
        assertThat(app.slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aQuestionInTheAssistantThreadShowsAStatusThenItsAnswerThereAboutTheChannelViewed() throws Exception {
        startAssistantThread("DALICE", "1700000200.000100", ALICE.channelId());
        app.slack.await("assistant.threads.setSuggestedPrompts", 1);

        var ack = app.driver.event(FakeSlack.WORKSPACE, userMessage("DALICE", "1700000200.000100", "1700000201.000100",
                "What level are we at?"), "Ev-ask", 0);

        assertThat(ack.status()).isEqualTo(200);
        var status = app.slack.await("assistant.threads.setStatus", 1).get(0);
        assertThat(status.params()).containsEntry("thread_ts", "1700000200.000100").containsKey("status");
        var answer = app.slack.await("chat.postMessage", c -> c.params().get("text").contains("assessment"), 1, WAIT).get(0);
        assertThat(answer.params()).containsEntry("channel", "DALICE").containsEntry("thread_ts", "1700000200.000100");
        assertThat(answer.params().get("text")).contains("#ml-platform");
        var title = app.slack.await("assistant.threads.setTitle", 1).get(0);
        assertThat(title.params()).containsEntry("title", "What level are we at?");
        assertThat(status.at()).isBefore(answer.at());
    }

    @Test
    void aFollowUpWithoutAMentionIsAnsweredInTheThreadWithItsFirstQuestionAsContext() throws Exception {
        var threadTs = mention(BOB, "how do we detect data drift?");
        app.slack.await("chat.postMessage", 1);

        app.driver.event(FakeSlack.WORKSPACE, threadReply(BOB, threadTs, "and for concept drift?"), "Ev-follow", 0);
        app.driver.event(FakeSlack.WORKSPACE, threadReply(ALICE, threadTs, "thanks bob"), "Ev-other", 0);

        var followUp = app.slack.await("chat.postMessage", 2).get(1);
        assertThat(followUp.params()).containsEntry("thread_ts", threadTs);
        assertThat(followUp.json("blocks").toString()).contains("concept-drift");
        settle();
        assertThat(app.slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void withFollowUpsOffTheAskerIsToldOnceHowToAsk() throws Exception {
        change("follow-ups off", "only when mentioned");
        var threadTs = mention(BOB, "how do we detect data drift?");
        app.slack.await("chat.postMessage", 1);

        app.driver.event(FakeSlack.WORKSPACE, threadReply(BOB, threadTs, "and for concept drift?"), "Ev-f1", 0);
        app.driver.event(FakeSlack.WORKSPACE, threadReply(BOB, threadTs, "and for labels?"), "Ev-f2", 0);

        var told = app.slack.await("chat.postEphemeral", c -> c.params().get("text").contains("mention me"), 1, WAIT);
        assertThat(told.get(0).params()).containsEntry("user", BOB.userId()).containsEntry("thread_ts", threadTs);
        settle();
        assertThat(app.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(app.slack.calls("chat.postEphemeral")).hasSize(1);
    }

    @Test
    void onlyAWorkspaceAdminChangesTheSettings() throws Exception {
        app.driver.command(BOB, "settings experts <#CEXPERTS|experts>");

        app.slack.await("response_url", c -> c.params().get("body").contains("Only a workspace admin"), 1, WAIT);
        assertThat(app.store.settings().questions(FakeSlack.WORKSPACE).expertsChannel()).isEmpty();
        assertThat(app.driver.command(BOB, "settings").body()).contains("no experts");
    }

    @Test
    void notHelpfulGoesToTheExpertsWhoseApprovedReplyComesWithTheNextAnswer() throws Exception {
        change("experts <#CEXPERTS|experts>", "now go to");
        var question = "how do we detect drift in text embeddings?";
        var threadTs = mention(BOB, question);
        var answer = app.slack.await("chat.postMessage", 1).get(0);
        var value = answer.json("blocks").findValues("value").get(0).asText();
        var answerTs = answer.response().replaceAll(".*\"ts\":\"([0-9.]+)\".*", "$1");

        app.driver.messageButton(BOB, AnswerBlocks.UNHELPFUL_ACTION, value, answerTs, threadTs);
        var form = app.slack.await("views.open", 1).get(0).json("view");
        assertThat(form.path("callback_id").asText()).isEqualTo(EscalationBlocks.MISSING_CALLBACK);
        app.driver.submitView(BOB, form, SlackDriver.text(SlackDriver.noValues(), "text", "value",
                "Something for embeddings, not tabular features"));

        var escalation = app.slack.await("chat.postMessage", c -> "CEXPERTS".equals(c.params().get("channel")), 1, WAIT)
                .get(0);
        assertThat(escalation.json("blocks").toString()).contains(question).contains("not tabular features")
                .contains(EscalationBlocks.REPLY_ACTION);
        var gapId = escalation.json("blocks").findValues("value").get(0).asText();
        var escalationTs = escalation.response().replaceAll(".*\"ts\":\"([0-9.]+)\".*", "$1");

        app.driver.messageButton(CAROL, EscalationBlocks.REPLY_ACTION, gapId, escalationTs, null);
        var replyForm = app.slack.await("views.open", 2).get(1).json("view");
        app.driver.submitView(CAROL, replyForm, SlackDriver.text(SlackDriver.noValues(), "text", "value",
                "Track the mean cosine distance of new embeddings to a reference set."));
        var reply = app.slack.await("chat.postMessage", c -> threadTs.equals(c.params().get("thread_ts"))
                && c.params().get("text").contains("mean cosine"), 1, WAIT).get(0);
        assertThat(reply.params().get("text")).contains("<@UCAROL>").contains("<@" + BOB.userId() + ">");
        var offer = app.slack.await("chat.postMessage", c -> escalationTs.equals(c.params().get("thread_ts")), 1, WAIT).get(0);
        assertThat(offer.json("blocks").toString()).contains(EscalationBlocks.APPROVE_ACTION);

        app.driver.messageButton(CAROL, EscalationBlocks.APPROVE_ACTION, gapId, "1700009999.000100", escalationTs);
        app.slack.await("chat.postEphemeral", c -> c.params().get("text").contains("Approved"), 1, WAIT);

        mention(ALICE, question);
        var next = app.slack.await("chat.postMessage", c -> c.params().get("channel").equals(ALICE.channelId())
                && c.json("blocks").toString().contains("answered this question before"), 1, WAIT).get(0);
        assertThat(next.json("blocks").toString()).contains("mean cosine distance").contains("<@UCAROL>");
    }

    @Test
    void anEscalationSlackRefusesForGoodIsToldToTheAsker() throws Exception {
        change("experts <#CEXPERTS|experts>", "now go to");
        var threadTs = mention(BOB, "how do we detect drift in text embeddings?");
        var answer = app.slack.await("chat.postMessage", 1).get(0);
        var value = answer.json("blocks").findValues("value").get(0).asText();
        app.driver.messageButton(BOB, AnswerBlocks.UNHELPFUL_ACTION, value, "1700000999.000100", threadTs);
        var form = app.slack.await("views.open", 1).get(0).json("view");
        app.slack.fail("chat.postMessage", new FakeSlack.Fault.ApiError("not_in_channel"), 1);

        app.driver.submitView(BOB, form, SlackDriver.text(SlackDriver.noValues(), "text", "value", "embeddings"));

        var told = app.slack.await("chat.postMessage", c -> ("D" + BOB.userId()).equals(c.params().get("channel")), 1,
                WAIT).get(0);
        assertThat(told.params().get("text")).startsWith("I could not send your question to the experts' channel.")
                .contains("/invite");
    }

    @Test
    void theWeeklyGapReportGroupsThreePhrasingsOfOneUnansweredQuestion() throws Exception {
        change("gaps <#" + ALICE.channelId() + "|ml-platform>", "Every week");
        for (var question : new String[] {"how do we do federated learning across hospitals?",
                "what's the way to run federated learning between hospitals", "federated learning with several hospitals, how?",
                "which gpu should we buy for deep learning?"}) {
            mention(BOB, question);
        }
        app.slack.await("chat.postMessage", 4);
        settle();
        assertThat(app.store.knowledgeGaps().since(Optional.empty(), Instant.EPOCH)).hasSize(4);

        clock.advance(GapReports.EVERY.plusHours(2));
        app.service.checkDigestsNow();

        var report = app.slack.await("chat.postMessage", c -> c.params().get("text").contains("could not answer well"),
                1, WAIT).get(0);
        var text = report.json("blocks").toString();
        // The three phrasings, answered at once, are recorded in any order: one of them leads the group.
        assertThat(text).containsPattern("1\\. [^\\n]*hospitals[^\\n]* · asked 3 times by 1 person \\(3 not sure")
                .contains("across hospitals").contains("between hospitals").contains("several hospitals")
                .contains("2. \\\"which gpu should we buy for deep learning?\\\" · asked once");
    }

    @Test
    void articlesAreServedAsPagesThatAnswersLink() throws Exception {
        var http = HttpClient.newHttpClient();
        var page = http.send(HttpRequest.newBuilder(app.uri("/kb/data-drift")).build(), HttpResponse.BodyHandlers.ofString());
        var missing = http.send(HttpRequest.newBuilder(app.uri("/kb/no-such-article")).build(),
                HttpResponse.BodyHandlers.ofString());
        var index = http.send(HttpRequest.newBuilder(app.uri("/kb/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Detecting data drift</h1>").contains("id=\"how-to-detect-it\"");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(index.body()).contains("href=\"/kb/data-drift\"");

        mention(BOB, "how do we detect data drift?");
        var answer = app.slack.await("chat.postMessage", 1).get(0);
        assertThat(answer.json("blocks").toString()).contains("<http://127.0.0.1:" + app.service.port()
                + ArticlePages.PATH + "data-drift#how-to-detect-it|Detecting data drift - How to detect it>");
    }

    private void startAssistantThread(String dm, String threadTs, String viewing) {
        var started = NODES.objectNode().put("type", "assistant_thread_started");
        started.set("assistant_thread", thread(dm, threadTs, viewing));
        assertThat(app.driver.event(FakeSlack.WORKSPACE, started, "Ev-start-" + threadTs, 0).status()).isEqualTo(200);
    }

    private static ObjectNode thread(String dm, String threadTs, String viewing) {
        var thread = NODES.objectNode().put("user_id", ALICE.userId()).put("channel_id", dm).put("thread_ts", threadTs);
        thread.set("context", NODES.objectNode().put("channel_id", viewing).put("team_id", FakeSlack.WORKSPACE)
                .put("enterprise_id", ""));
        return thread;
    }

    private static ObjectNode userMessage(String dm, String threadTs, String ts, String text) {
        return NODES.objectNode().put("type", "message").put("channel_type", "im").put("user", ALICE.userId())
                .put("channel", dm).put("ts", ts).put("thread_ts", threadTs).put("text", text);
    }

    /** A mention in the asker's channel; returns the thread its answer goes to. */
    private String mention(SlackUser asker, String question) {
        var ts = app.slack.nextTs();
        var event = NODES.objectNode().put("type", "app_mention").put("user", asker.userId())
                .put("channel", asker.channelId()).put("ts", ts).put("text", "<@UBOT> " + question);
        assertThat(app.driver.event(FakeSlack.WORKSPACE, event, "Ev-m" + events++, 0).status()).isEqualTo(200);
        return ts;
    }

    private static ObjectNode threadReply(SlackUser author, String threadTs, String text) {
        return NODES.objectNode().put("type", "message").put("channel_type", "channel").put("user", author.userId())
                .put("channel", author.channelId()).put("ts", threadTs + "1").put("thread_ts", threadTs).put("text", text);
    }

    /** An admin (alice) changes a setting; waits until it is said done. */
    private void change(String setting, String done) throws Exception {
        app.driver.command(ALICE, "settings " + setting);
        app.slack.await("response_url", c -> c.params().get("body").contains(done), 1, WAIT);
    }


    /** Waits until the follow-up work kept by the acks is done, so that what was not posted can be seen not to be. */
    private void settle() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (app.store.followUps().pending() > 0) {
            assertThat(System.nanoTime()).as("follow-up work done in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
