package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.ModalReply;

/** A modal's reply as the acknowledgement Slack expects for a view submission. */
final class ModalAcks {

    private ModalAcks() {
    }

    static Response ack(ViewSubmissionContext ctx, ModalReply reply) {
        if (reply instanceof ModalReply.Errors errors) {
            return ctx.ackWithErrors(errors.errors());
        }
        return ctx.ackWithUpdate(((ModalReply.Update) reply).view());
    }
}
