package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.slack.webapi.Respond;

/** "Finish now" on a team thread's root: the thread is scored after the ack with what was answered. */
final class TeamFinishClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final ChannelAssessment thread;

    TeamFinishClicked(BackgroundWork work, ChannelAssessment thread) {
        this.work = work;
        this.thread = thread;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        if (req.getPayload().getChannel() == null || req.getPayload().getMessage() == null) {
            // Not a click on a team thread's message (Slack always sends both): there is nothing to answer.
            return ctx.ack();
        }
        var channel = req.getPayload().getChannel().getId();
        var rootTs = req.getPayload().getMessage().getTs();
        var workspace = ctx.getTeamId();
        var user = ctx.getRequestUserId();
        work.submit("finish a team assessment", () -> thread.finish(ctx.client(), workspace, channel, rootTs, user)
                .ifPresent(note -> Respond.ephemeral(ctx, note, false)));
        return ctx.ack();
    }
}
