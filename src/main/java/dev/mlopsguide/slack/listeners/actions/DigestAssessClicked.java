package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.AssessmentModal;

/** "Assess now" under a weekly digest: opens the assessment modal for the digest's team (the button's value). */
final class DigestAssessClicked implements BlockActionHandler {

    private final AssessmentModal modal;

    DigestAssessClicked(AssessmentModal modal) {
        this.modal = modal;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        modal.open(ctx.client(), req.getPayload().getTriggerId(), ctx.getTeamId(),
                req.getPayload().getActions().get(0).getValue());
        return ctx.ack();
    }
}
