package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.webapi.Respond;

/** "Approve for future answers" on an expert's reply: approved before the ack, the note to the approver after it. */
final class ExpertReplyApproved implements BlockActionHandler {

    private final BackgroundWork work;
    private final AnswerFeedback feedback;

    ExpertReplyApproved(BackgroundWork work, AnswerFeedback feedback) {
        this.work = work;
        this.feedback = feedback;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var message = payload.getMessage();
        if (payload.getChannel() == null || payload.getChannel().getId() == null || message == null) {
            return ctx.ack();
        }
        var channel = payload.getChannel().getId();
        var note = feedback.approve(ctx.getTeamId(), ctx.getRequestUserId(), channel,
                payload.getActions().get(0).getValue());
        work.submit("note an approval", () -> Respond.ephemeralInThread(ctx, channel,
                message.getThreadTs() != null ? message.getThreadTs() : message.getTs(), note));
        return ctx.ack();
    }
}
