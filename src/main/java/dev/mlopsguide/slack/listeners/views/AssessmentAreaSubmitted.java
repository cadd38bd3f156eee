package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.AssessmentModal;

/**
 * "Next" or "See result" in the assessment modal: the next area, the errors, or the result in the ack; a result is
 * recorded with the work of sending its owner a private copy with a button to share it.
 */
final class AssessmentAreaSubmitted implements ViewSubmissionHandler {

    private final AssessmentModal modal;

    AssessmentAreaSubmitted(AssessmentModal modal) {
        this.modal = modal;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return ModalAcks.ack(ctx, modal.submit(ctx.getTeamId(), ctx.getRequestUserId(), req.getPayload().getView()));
    }
}
