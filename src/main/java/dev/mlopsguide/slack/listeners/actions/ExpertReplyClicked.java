package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.webapi.Respond;

/** "Reply in their thread" on a question escalated to the experts: opens the expert's form before the ack. */
final class ExpertReplyClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final AnswerFeedback feedback;

    ExpertReplyClicked(BackgroundWork work, AnswerFeedback feedback) {
        this.work = work;
        this.feedback = feedback;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        if (channel == null || payload.getMessage() == null || !feedback.openReply(ctx.client(), payload.getTriggerId(),
                ctx.getTeamId(), payload.getActions().get(0).getValue(), channel, payload.getMessage().getTs())) {
            work.submit("say a question is gone", () -> Respond.ephemeral(ctx, AnswerFeedback.GONE, false));
        }
        return ctx.ack();
    }
}
