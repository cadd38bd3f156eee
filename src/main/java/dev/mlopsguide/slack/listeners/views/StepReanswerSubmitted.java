package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.NextSteps;

/** A question re-answered after a step was done: recorded as a new assessment before the ack, which shows the level. */
final class StepReanswerSubmitted implements ViewSubmissionHandler {

    private final NextSteps steps;

    StepReanswerSubmitted(NextSteps steps) {
        this.steps = steps;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return ModalAcks.ack(ctx, steps.reanswer(ctx.getTeamId(), ctx.getRequestUserId(), req.getPayload().getView()));
    }
}
