package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.ChannelAssessment;

/**
 * An answer clicked under a question of a team thread, or chosen on a check-in's card: recorded before the ack, with
 * the work of showing it (and asking the next question), which runs after.
 */
final class TeamAnswerClicked implements BlockActionHandler {

    static final String NOT_RECORDED = "I could not record your answer: my database is unavailable right now. "
            + "Please click it again in a minute.";

    private final BackgroundWork work;
    private final ChannelAssessment thread;

    TeamAnswerClicked(BackgroundWork work, ChannelAssessment thread) {
        this.work = work;
        this.thread = thread;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var action = payload.getActions().get(0);
        var value = action.getSelectedOption() != null ? action.getSelectedOption().getValue() : action.getValue();
        var message = payload.getMessage();
        if (payload.getChannel() == null || message == null || value == null) {
            // Not a click on a team thread's message (Slack always sends both): there is nothing to answer.
            return ctx.ack();
        }
        var threadTs = message.getThreadTs() != null ? message.getThreadTs() : message.getTs();
        ClickNotes.tellLater(work, ctx, NOT_RECORDED, () -> thread.answer(ctx.getTeamId(), payload.getChannel().getId(),
                threadTs, message.getTs(), value, ctx.getRequestUserId(), payload.getResponseUrl()));
        return ctx.ack();
    }
}
