package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.ProfileModal;

/** "Save" in the team profile form: the errors, or the target level the profile sets, in the ack. */
final class ProfileSubmitted implements ViewSubmissionHandler {

    private final ProfileModal profile;

    ProfileSubmitted(ProfileModal profile) {
        this.profile = profile;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        return ModalAcks.ack(ctx, profile.submit(ctx.getTeamId(), ctx.getRequestUserId(), req.getPayload().getView()));
    }
}
