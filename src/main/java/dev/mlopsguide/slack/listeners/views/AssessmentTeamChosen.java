package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.flows.AssessmentModal;
import dev.mlopsguide.slack.flows.ChannelNames;
import dev.mlopsguide.slack.flows.ModalReply;

/**
 * The team was chosen at the start of an assessment (from the App Home or a DM): its first area in the ack, and the
 * channel's name learnt after it.
 */
final class AssessmentTeamChosen implements ViewSubmissionHandler {

    private final AssessmentModal modal;
    private final BackgroundWork work;
    private final ChannelNames names;

    AssessmentTeamChosen(AssessmentModal modal, BackgroundWork work, ChannelNames names) {
        this.modal = modal;
        this.work = work;
        this.names = names;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var view = req.getPayload().getView();
        var reply = modal.teamChosen(ctx.getTeamId(), view);
        if (reply instanceof ModalReply.Update) {
            // No request in that channel brought its name: ask Slack, while the person answers.
            var client = ctx.client();
            var workspace = ctx.getTeamId();
            AssessmentViews.chosenTeam(view.getState()).ifPresent(channel ->
                    work.submit("learn a channel's name", () -> names.learn(client, workspace, channel)));
        }
        return ModalAcks.ack(ctx, reply);
    }
}
