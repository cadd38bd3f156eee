package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.blocks.HomeBlocks;
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.ChannelDigest;

/** "Stop" beside a weekly digest on the App Home: stops it after the ack, and shows the App Home without it. */
final class HomeDigestStopClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final ChannelDigest digests;
    private final AppHome home;

    HomeDigestStopClicked(BackgroundWork work, ChannelDigest digests, AppHome home) {
        this.work = work;
        this.digests = digests;
        this.home = home;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var client = ctx.client();
        var workspace = ctx.getTeamId();
        var user = ctx.getRequestUserId();
        var stop = HomeBlocks.digestToStop(req.getPayload().getActions().get(0).getValue());
        stop.ifPresent(digest -> work.submit("stop a digest from the App Home", () -> {
            digests.stop(workspace, digest.teamChannel(), digest.channel());
            home.publish(client, workspace, user);
        }));
        return ctx.ack();
    }
}
