package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.ChannelDigest;

/** "Send a weekly digest" on the App Home: opens the form (channel, day, time) for the team (the button's value). */
final class HomeDigestClicked implements BlockActionHandler {

    private final ChannelDigest digests;

    HomeDigestClicked(ChannelDigest digests) {
        this.digests = digests;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        digests.openForm(ctx.client(), req.getPayload().getTriggerId(), ctx.getTeamId(),
                req.getPayload().getActions().get(0).getValue());
        return ctx.ack();
    }
}
