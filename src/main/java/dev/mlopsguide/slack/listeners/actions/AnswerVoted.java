package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.webapi.Respond;

/** "Helpful" or "Not helpful" under an answer: the vote is stored before the ack, the thanks come after. */
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
        var thanks = feedback.vote(ctx.getTeamId(), ctx.getRequestUserId(), req.getPayload().getActions().get(0).getValue(),
                helpful);
        work.submit("thank for feedback", () -> Respond.ephemeral(ctx, thanks, false));
        return ctx.ack();
    }
}
