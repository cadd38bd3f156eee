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
 * with buttons to assess again, edit the profile and send or stop weekly digests; before any assessment, what to do
 * first.
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

    /** Publishes the Home view of a person. */
    public void publish(MethodsClient client, String workspaceId, String userId) {
        var view = view(workspaceId, userId);
        calls.call("views.publish", () -> client.viewsPublish(r -> r.userId(userId).view(view)));
    }

    View view(String workspaceId, String userId) {
        return results.latestTakenBy(workspaceId, userId).map(latest -> HomeBlocks.home(content,
                        latest.team().key().externalId(), latest.record(), latest.result(), digests.ofTeam(latest.team())))
                .orElseGet(HomeBlocks::empty);
    }
}
