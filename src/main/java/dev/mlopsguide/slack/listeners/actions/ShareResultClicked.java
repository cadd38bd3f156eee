package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.ResultSharing;

/** "Share in channel" under a private result: kept before the ack, posted in the team's channel right after. */
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
        ClickNotes.tellLater(work, ctx, "I could not share your result: my database is unavailable right now. Please "
                + "try again in a minute.", () -> sharing.requestShare(ctx.getTeamId(), ctx.getRequestUserId(), value,
                req.getPayload().getResponseUrl()));
        return ctx.ack();
    }
}
