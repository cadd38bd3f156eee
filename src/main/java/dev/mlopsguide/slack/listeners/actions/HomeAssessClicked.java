package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.AssessmentModal;

/**
 * "Assess" on the App Home: the App Home is no channel, so the modal first asks which channel's team the assessment
 * is for, the person's last team chosen to start with.
 */
final class HomeAssessClicked implements BlockActionHandler {

    private final AssessmentModal modal;

    HomeAssessClicked(AssessmentModal modal) {
        this.modal = modal;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        modal.openChoosingTeam(ctx.client(), req.getPayload().getTriggerId(), ctx.getTeamId(), ctx.getRequestUserId());
        return ctx.ack();
    }
}
