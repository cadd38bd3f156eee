package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.ResultSharing;
import dev.mlopsguide.slack.webapi.Respond;

/** "Share in channel" under a private result: posted in the team's channel after the ack. */
final class ShareResultClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final ResultSharing sharing;

    ShareResultClicked(BackgroundWork work, ResultSharing sharing) {
        this.work = work;
        this.sharing = sharing;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var value = req.getPayload().getActions().get(0).getValue();
        var workspace = ctx.getTeamId();
        var user = ctx.getRequestUserId();
        work.submit("share an assessment", () ->
                Respond.ephemeral(ctx, sharing.share(ctx.client(), workspace, user, value), true));
        return ctx.ack();
    }
}
