package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.NextSteps;

/** A next step adopted: kept before the ack, with the work of announcing it (and sending it to the webhook). */
final class StepAdoptSubmitted implements ViewSubmissionHandler {

    private final NextSteps steps;

    StepAdoptSubmitted(NextSteps steps) {
        this.steps = steps;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return ModalAcks.ack(ctx, steps.adopt(ctx.getTeamId(), ctx.getRequestUserId(), req.getPayload().getView()));
    }
}
