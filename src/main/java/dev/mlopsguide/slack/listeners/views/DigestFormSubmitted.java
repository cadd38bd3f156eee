package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.ChannelDigest;
import dev.mlopsguide.slack.flows.ModalReply;

/**
 * The weekly digest form was sent: checked in the ack; the subscription (which asks Slack for the sender's time zone),
 * the channel's notice and the refreshed App Home follow after it.
 */
final class DigestFormSubmitted implements ViewSubmissionHandler {

    private final BackgroundWork work;
    private final ChannelDigest digests;
    private final AppHome home;

    DigestFormSubmitted(BackgroundWork work, ChannelDigest digests, AppHome home) {
        this.work = work;
        this.digests = digests;
        this.home = home;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var view = req.getPayload().getView();
        var reply = digests.checkForm(ctx.getTeamId(), view);
        if (reply instanceof ModalReply.Update) {
            var client = ctx.client();
            var workspace = ctx.getTeamId();
            var user = ctx.getRequestUserId();
            work.submit("subscribe from the digest form", () -> {
                digests.subscribeFromForm(client, workspace, user, view);
                home.publish(client, workspace, user);
            });
        }
        return ModalAcks.ack(ctx, reply);
    }
}
