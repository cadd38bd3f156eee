package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AssessmentModal;
import dev.mlopsguide.slack.flows.ModalReply;
import dev.mlopsguide.slack.flows.ResultSharing;

/**
 * "Next" or "See result" in the assessment modal: the next area, the errors, or the result in the ack; after a
 * result, its owner gets a private copy with a button to share it.
 */
final class AssessmentAreaSubmitted implements ViewSubmissionHandler {

    private final BackgroundWork work;
    private final AssessmentModal modal;
    private final ResultSharing sharing;

    AssessmentAreaSubmitted(BackgroundWork work, AssessmentModal modal, ResultSharing sharing) {
        this.work = work;
        this.modal = modal;
        this.sharing = sharing;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var user = ctx.getRequestUserId();
        var reply = modal.submit(ctx.getTeamId(), user, req.getPayload().getView());
        if (reply instanceof ModalReply.AssessmentRecorded recorded) {
            var client = ctx.client();
            work.submit("send the assessment result to " + user, () -> sharing.sendPrivately(client, user,
                    recorded.channelId(), recorded.recorded().assessmentId(), recorded.recorded().result()));
        }
        return ModalAcks.ack(ctx, reply);
    }
}
