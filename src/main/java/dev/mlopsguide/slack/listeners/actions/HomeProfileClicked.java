package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.ProfileModal;

/** "Edit the team profile" on the App Home: opens the profile form for the team's channel (the button's value). */
final class HomeProfileClicked implements BlockActionHandler {

    private final ProfileModal profile;

    HomeProfileClicked(ProfileModal profile) {
        this.profile = profile;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        profile.open(ctx.client(), req.getPayload().getTriggerId(), ctx.getTeamId(),
                req.getPayload().getActions().get(0).getValue(), null);
        return ctx.ack();
    }
}
