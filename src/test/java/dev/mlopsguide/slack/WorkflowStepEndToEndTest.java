package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.slack.blocks.CheckInBlocks;
import dev.mlopsguide.slack.flows.WorkflowSteps;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Run an MLOps check-in" in Workflow Builder: the step starts a check-in and completes with its outputs. */
class WorkflowStepEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(temp.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void theStepStartsOneCheckInAndCompletesWithTheLevelTargetAndLinkWhenTheTeamConfirms() throws Exception {
        var team = app.application.teams().channel(FakeSlack.WORKSPACE, ALICE.channelId(), ALICE.channelName());
        app.application.teamAssessor().assess(team, TestContent.team("level-2-automated-training.yml"), Optional.empty(),
                ALICE.userId(), AssessmentMode.MODAL, Map.of());

        assertThat(app.driver.event(FakeSlack.WORKSPACE, executed("Fx1", ALICE.channelId()), "Ev-fn-1", 0).status())
                .isEqualTo(200);
        // Slack's retry, and the same execution told twice: one run, one check-in.
        app.driver.event(FakeSlack.WORKSPACE, executed("Fx1", ALICE.channelId()), "Ev-fn-1", 1);
        app.driver.event(FakeSlack.WORKSPACE, executed("Fx1", ALICE.channelId()), "Ev-fn-2", 0);

        var root = app.slack.await("chat.postMessage", c -> c.params().get("text").contains("check-in"), 1, WAIT).get(0);
        var rootTs = SlackFlows.postedTs(root);
        var cardTs = SlackFlows.postedTs(app.slack.await("chat.postMessage",
                c -> rootTs.equals(c.params().get("thread_ts")), 1, WAIT).get(0));
        app.driver.messageButton(ALICE, CheckInBlocks.CONFIRM_ACTION, "confirm", cardTs, rootTs);

        var completed = app.slack.await("functions.completeSuccess", 1).get(0);
        assertThat(completed.params()).containsEntry("function_execution_id", "Fx1");
        var outputs = JSON.readTree(completed.params().get("outputs"));
        assertThat(outputs.path("level").asInt()).isEqualTo(2);
        assertThat(outputs.path("partial").asBoolean()).isFalse();
        assertThat(outputs.path("link").asText()).contains(ALICE.channelId()).contains(rootTs.replace(".", ""));
        assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> c.params().get("text").contains("check-in"))
                .count()).isEqualTo(1);
        assertThat(app.slack.calls("functions.completeError")).isEmpty();
    }

    @Test
    void aChannelWhoseTeamWasNeverAssessedFailsTheStepWithWhatToDo() throws Exception {
        app.driver.event(FakeSlack.WORKSPACE, executed("Fx2", "CNEW"), "Ev-fn-3", 0);

        var failed = app.slack.await("functions.completeError", 1).get(0);
        assertThat(failed.params()).containsEntry("function_execution_id", "Fx2");
        assertThat(failed.params().get("error")).contains("no assessment yet").contains("/mlops-assess team");
        assertThat(app.slack.calls("functions.completeSuccess")).isEmpty();
    }

    /** The {@code function_executed} event of the check-in step, as Slack sends it. */
    private static ObjectNode executed(String executionId, String channel) {
        var event = JSON.createObjectNode().put("type", "function_executed");
        event.putObject("function").put("id", "Fn1").put("callback_id", WorkflowSteps.CHECK_IN_FUNCTION)
                .put("title", "Run an MLOps check-in").put("type", "app").put("app_id", "A1");
        event.putObject("inputs").put(WorkflowSteps.CHANNEL_INPUT, channel);
        return event.put("function_execution_id", executionId).put("workflow_execution_id", "Wx1")
                .put("event_ts", "1700000000.000200").put("bot_access_token", "xwfp-test");
    }
}
