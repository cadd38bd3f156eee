package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AssessmentModal;

/** "Back" in the assessment modal: acknowledged at once; the previous area replaces the view after. */
final class AssessmentBackClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final AssessmentModal modal;

    AssessmentBackClicked(BackgroundWork work, AssessmentModal modal) {
        this.work = work;
        this.modal = modal;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var view = req.getPayload().getView();
        var client = ctx.client();
        var workspace = ctx.getTeamId();
        var user = ctx.getRequestUserId();
        work.submit("go back in the assessment modal", () -> modal.back(client, workspace, user, view));
        return ctx.ack();
    }
}
