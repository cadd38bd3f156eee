package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.AnswerFeedback;

/** An expert's reply to an escalated question: kept, and queued for the asker's thread, before the ack. */
final class ExpertReplySubmitted implements ViewSubmissionHandler {

    private final AnswerFeedback feedback;

    ExpertReplySubmitted(AnswerFeedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return ModalAcks.ack(ctx, feedback.reply(ctx.getTeamId(), ctx.getRequestUserId(), req.getPayload().getView()));
    }
}
