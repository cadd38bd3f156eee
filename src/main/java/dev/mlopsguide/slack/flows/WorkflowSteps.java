package dev.mlopsguide.slack.flows;

import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.ChannelFlow;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.WorkflowRuns;
import dev.mlopsguide.team.TeamDirectory;
import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Run an MLOps check-in", a custom step for Slack's Workflow Builder: given a team's channel, it starts a check-in
 * there (or joins the thread open there), and completes when the thread is scored, with the level, the target and a
 * link to the thread as outputs; a thread closed without a result fails the step, with the reason.
 */
public final class WorkflowSteps {

    /** The function's callback id, as the manifests declare it. */
    public static final String CHECK_IN_FUNCTION = "run_mlops_checkin";
    public static final String CHANNEL_INPUT = "channel_id";
    public static final String RUN = "workflow.run";
    private static final Logger LOG = LoggerFactory.getLogger(WorkflowSteps.class);

    /** Start the run Slack asked for. */
    record Run(String executionId) {
    }

    private final WorkflowRuns runs;
    private final ChannelAssessment.Records records;
    private final TeamRhythm rhythm;
    private final TeamDirectory teams;
    private final SlackAccess slack;

    public WorkflowSteps(WorkflowRuns runs, ChannelAssessment.Records records, TeamRhythm rhythm, TeamDirectory teams,
                         SlackAccess slack) {
        this.runs = runs;
        this.records = records;
        this.rhythm = rhythm;
        this.teams = teams;
        this.slack = slack;
    }

    /** Keeps a run Slack asked for (once, whatever its retries), with the work of starting it, before the ack. */
    public void requestRun(String workspaceId, String executionId, String channelId) {
        runs.start(executionId, workspaceId, channelId, Payloads.of(RUN, new Run(executionId)));
    }

    /**
     * Follow-up work: joins the thread open in the channel, or starts a check-in there; a channel whose team was never
     * assessed fails the step with what to do.
     */
    public void run(FollowUps.Taken work) {
        var run = runs.find(Payloads.read(work, Run.class).executionId()).orElseThrow(
                () -> new IllegalArgumentException("no workflow run for " + work.id()));
        var flow = records.flows().openIn(run.channelId()).or(() -> teams.find(TeamKey.channel(run.workspaceId(),
                run.channelId())).flatMap(team -> rhythm.checkIn(team, "check-in:workflow:" + run.executionId(),
                work.isRetry())));
        if (flow.isPresent()) {
            runs.waitFor(run.executionId(), flow.get().id());
            // A thread whose ending was told before this run waited for it told nobody: its outcome is told now. One
            // still being scored tells the waiting runs itself once scored.
            if (records.flows().byId(flow.get().id()).filter(ChannelFlow::hasOutcome).isPresent()) {
                records.followUps().add(Payloads.of(ChannelAssessment.OUTCOME, new ChannelAssessment.Outcome(
                        flow.get().id())));
            }
        } else {
            fail(run, "This channel's team has no assessment yet, so there is nothing to check in on: run "
                    + "/mlops-assess team in the channel first.");
        }
    }

    /**
     * Follow-up work once a team thread has ended: every run waiting for it is completed with the level, the target
     * and a link to the thread, or failed when the thread ended without a result.
     */
    public void tellOutcome(FollowUps.Taken work) {
        var outcome = Payloads.read(work, ChannelAssessment.Outcome.class);
        var flow = records.flows().byId(outcome.flow());
        for (var run : runs.waitingFor(outcome.flow())) {
            var result = flow.filter(ChannelFlow::isScored)
                    .flatMap(f -> records.assessments().byId(f.assessmentId().getAsLong()));
            if (result.isEmpty()) {
                fail(run, "The team thread was closed without a result.");
            } else {
                complete(run, flow.get(), result.get());
            }
        }
    }

    private void complete(WorkflowRuns.Run run, ChannelFlow flow, AssessmentRecord result) {
        var client = slack.clients().require(run.workspaceId());
        var link = slack.calls().call("chat.getPermalink", () -> client.chatGetPermalink(r -> r
                .channel(flow.channelId()).messageTs(flow.rootTs()))).getPermalink();
        var outputs = new LinkedHashMap<String, Object>();
        outputs.put("level", result.level());
        result.targetLevel().ifPresent(target -> outputs.put("target", target));
        outputs.put("partial", result.isPartial());
        outputs.put("link", link);
        end(run, true, () -> slack.calls().call("functions.completeSuccess",
                () -> client.functionsCompleteSuccess(r -> r.functionExecutionId(run.executionId()).outputs(outputs))));
        LOG.info("Workflow step {} completed at level {}", run.executionId(), result.level());
    }

    private void fail(WorkflowRuns.Run run, String why) {
        var client = slack.clients().require(run.workspaceId());
        end(run, false, () -> slack.calls().call("functions.completeError",
                () -> client.functionsCompleteError(r -> r.functionExecutionId(run.executionId()).error(why))));
    }

    /** Tells Slack how the run ended (a run Slack already ended needs no telling), then records it. */
    private void end(WorkflowRuns.Run run, boolean succeeded, Runnable telling) {
        try {
            telling.run();
        } catch (SlackCallException e) {
            if (!isAlreadyEnded(e)) {
                throw e;
            }
        }
        runs.ended(run.executionId(), succeeded);
    }

    /** A run Slack already ended (told before a crash, or timed out on its side): nothing more to say. */
    private static boolean isAlreadyEnded(SlackCallException e) {
        return e.error().contains("already_completed") || e.error().contains("function_execution_not_found");
    }
}
