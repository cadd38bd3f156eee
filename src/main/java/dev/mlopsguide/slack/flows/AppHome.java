package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.slack.blocks.HomeBlocks;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.team.DigestSchedules;
import dev.mlopsguide.team.TeamResults;

/**
 * The App Home: the latest result of the team the person last assessed (level, areas, target, top next steps)
 * with buttons to assess again or edit the profile; before any assessment, what to do first.
 */
public final class AppHome {

    private final MaturityContent content;
    private final TeamResults results;
    private final DigestSchedules digests;
    private final SlackCalls calls;

    public AppHome(MaturityContent content, TeamResults results, DigestSchedules digests, SlackCalls calls) {
        this.content = content;
        this.results = results;
        this.digests = digests;
        this.calls = calls;
    }

    /** Publishes the Home view of a person; {@code homeChannel} is their DM with the app. */
    public void publish(MethodsClient client, String workspaceId, String userId, String homeChannel) {
        var view = view(workspaceId, userId, homeChannel);
        calls.call("views.publish", () -> client.viewsPublish(r -> r.userId(userId).view(view)));
    }

    View view(String workspaceId, String userId, String homeChannel) {
        return results.latestTakenBy(workspaceId, userId).map(latest -> {
            var channel = latest.team().key().externalId();
            return HomeBlocks.home(content, channel, latest.record(), latest.result(),
                    digests.find(latest.team(), channel));
        }).orElseGet(() -> HomeBlocks.empty(homeChannel));
    }
}
