package dev.mlopsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import dev.mlopsguide.slack.blocks.HomeBlocks;
import dev.mlopsguide.store.StoredProfile;

/**
 * The App Home: the latest result of the team the person last assessed (level, areas, target, top next steps)
 * with buttons to assess again or edit the profile; before any assessment, what to do first.
 */
public final class HomeTab {

    private final Guide guide;
    private final AssessmentModal modal;
    private final ProfileModal profile;
    private final DigestSettings digests;

    public HomeTab(Guide guide, AssessmentModal modal, ProfileModal profile, DigestSettings digests) {
        this.guide = guide;
        this.modal = modal;
        this.profile = profile;
        this.digests = digests;
    }

    public void register(App app) {
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            var event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                var client = ctx.client();
                var workspace = payload.getTeamId();
                guide.work().submit("publish the App Home of " + event.getUser(),
                        () -> publish(client, workspace, event.getUser(), event.getChannel()));
            }
            return ctx.ack();
        });
        app.blockAction(HomeBlocks.ASSESS_ACTION, (req, ctx) -> {
            modal.open(ctx.client(), req.getPayload().getTriggerId(), req.getPayload().getActions().get(0).getValue());
            return ctx.ack();
        });
        app.blockAction(HomeBlocks.DIGEST_ACTION, (req, ctx) -> {
            var client = ctx.client();
            var workspace = ctx.getTeamId();
            var user = ctx.getRequestUserId();
            var channel = req.getPayload().getActions().get(0).getValue();
            guide.work().submit("subscribe from the App Home", () -> {
                digests.subscribeWithDefaults(client, workspace, channel, user);
                publish(client, workspace, user, "D" + user);
            });
            return ctx.ack();
        });
        app.blockAction(HomeBlocks.PROFILE_ACTION, (req, ctx) -> {
            profile.open(ctx.client(), req.getPayload().getTriggerId(), ctx.getTeamId(),
                    req.getPayload().getActions().get(0).getValue(), null);
            return ctx.ack();
        });
    }

    /** Publishes the Home view of a person; {@code homeChannel} is their DM with the app. */
    public void publish(MethodsClient client, String workspaceId, String userId, String homeChannel) {
        var view = view(workspaceId, userId, homeChannel);
        guide.calls().call("views.publish", () -> client.viewsPublish(r -> r.userId(userId).view(view)));
    }

    View view(String workspaceId, String userId, String homeChannel) {
        var latest = guide.store().assessments().latestTakenBy(workspaceId, userId);
        var team = latest.flatMap(r -> guide.store().teams().byId(r.teamId()));
        if (latest.isEmpty() || team.isEmpty()) {
            return HomeBlocks.empty(homeChannel);
        }
        var teamProfile = guide.store().profiles().find(team.get().id()).map(StoredProfile::profile);
        var result = guide.assessor().assess(latest.get().answers(), teamProfile);
        var channel = team.get().key().externalId();
        return HomeBlocks.home(guide.content(), channel, latest.get(), result,
                guide.store().digestSubscriptions().find(team.get().id(), channel));
    }
}
