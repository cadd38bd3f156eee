package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.ChannelDigest;

/** "Send a weekly digest there" on the App Home: subscribes the team's channel after the ack, then shows it. */
final class HomeDigestClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final ChannelDigest digests;
    private final AppHome home;

    HomeDigestClicked(BackgroundWork work, ChannelDigest digests, AppHome home) {
        this.work = work;
        this.digests = digests;
        this.home = home;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var client = ctx.client();
        var workspace = ctx.getTeamId();
        var user = ctx.getRequestUserId();
        var channel = req.getPayload().getActions().get(0).getValue();
        work.submit("subscribe from the App Home", () -> {
            digests.subscribeWithDefaults(client, workspace, channel, user);
            home.publish(client, workspace, user, "D" + user);
        });
        return ctx.ack();
    }
}
