package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.slack.webapi.Respond;

/** An answer clicked under a question of a team thread: recorded after the ack, and the next question asked. */
final class TeamAnswerClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final ChannelAssessment thread;

    TeamAnswerClicked(BackgroundWork work, ChannelAssessment thread) {
        this.work = work;
        this.thread = thread;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var value = payload.getActions().get(0).getValue();
        var message = payload.getMessage();
        if (payload.getChannel() == null || message == null || value == null) {
            // Not a click on a team thread's message (Slack always sends both): there is nothing to answer.
            return ctx.ack();
        }
        var channel = payload.getChannel().getId();
        var threadTs = message.getThreadTs() != null ? message.getThreadTs() : message.getTs();
        var workspace = ctx.getTeamId();
        var user = ctx.getRequestUserId();
        work.submit("record a team answer", () -> thread.answer(ctx.client(), workspace, channel, threadTs,
                message.getTs(), value, user).ifPresent(note -> Respond.ephemeral(ctx, note, false)));
        return ctx.ack();
    }
}
