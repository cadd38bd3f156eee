package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.webapi.Respond;

/** "Helpful" or "Not helpful" under an answer: the vote is stored before the ack, the thanks come after, in the thread. */
final class AnswerVoted implements BlockActionHandler {

    private final BackgroundWork work;
    private final AnswerFeedback feedback;
    private final boolean helpful;

    AnswerVoted(BackgroundWork work, AnswerFeedback feedback, boolean helpful) {
        this.work = work;
        this.feedback = feedback;
        this.helpful = helpful;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var thanks = feedback.vote(ctx.getTeamId(), ctx.getRequestUserId(), payload.getActions().get(0).getValue(), helpful);
        // Answers are posted in threads: the thanks belong beside the answer, not in the channel.
        var message = payload.getMessage();
        var thread = message == null ? null : message.getThreadTs() != null ? message.getThreadTs() : message.getTs();
        work.submit("thank for feedback", () -> {
            if (thread == null || payload.getChannel() == null) {
                Respond.ephemeral(ctx, thanks, false);
            } else {
                Respond.ephemeralInThread(ctx, payload.getChannel().getId(), thread, thanks);
            }
        });
        return ctx.ack();
    }
}
