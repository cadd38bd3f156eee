package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.AnswerFeedback;

/** What an answer found not helpful was missing: kept (and queued for the experts) before the ack. */
final class AnswerMissingSubmitted implements ViewSubmissionHandler {

    private final AnswerFeedback feedback;

    AnswerMissingSubmitted(AnswerFeedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return ModalAcks.ack(ctx, feedback.missing(ctx.getTeamId(), req.getPayload().getView()));
    }
}
