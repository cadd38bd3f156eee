package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.slack.blocks.HomeBlocks;
import dev.mlopsguide.slack.blocks.OrgBlocks;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.team.DigestSchedules;
import dev.mlopsguide.team.OrgResults;
import dev.mlopsguide.team.TeamResults;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home: the latest result of the team the person last assessed (level, areas, target, top next steps)
 * with the team's adopted next steps and their status, buttons to assess again, edit the profile and send or stop weekly digests; before any assessment, what to do
 * first; and for those who see every team (admins), a section on every team of the workspace.
 */
public final class AppHome {

    private static final Logger LOG = LoggerFactory.getLogger(AppHome.class);

    private final MaturityContent content;
    private final TeamResults results;
    private final DigestSchedules digests;
    private final SlackCalls calls;
    private final WorkspaceChoices choices;
    private final OrgResults org;
    private final NextSteps steps;

    public AppHome(MaturityContent content, TeamResults results, DigestSchedules digests, SlackCalls calls,
                   WorkspaceChoices choices, OrgResults org, NextSteps steps) {
        this.steps = steps;
        this.content = content;
        this.results = results;
        this.digests = digests;
        this.calls = calls;
        this.choices = choices;
        this.org = org;
    }

    /** Publishes the Home view of a person. */
    public void publish(MethodsClient client, String workspaceId, String userId) {
        var view = view(workspaceId, userId, everyTeam(client, workspaceId, userId));
        calls.call("views.publish", () -> client.viewsPublish(r -> r.userId(userId).view(view)));
    }

    View view(String workspaceId, String userId, List<LayoutBlock> everyTeam) {
        return results.latestTakenBy(workspaceId, userId).map(latest -> HomeBlocks.home(content,
                        latest.team().key().externalId(), latest.record(), latest.result(), digests.ofTeam(latest.team()),
                        steps.home(workspaceId, latest.team().key().externalId()), everyTeam))
                .orElseGet(() -> HomeBlocks.empty(everyTeam));
    }

    /** The section on every team, for those who see it; none when Slack cannot say who the person is. */
    private List<LayoutBlock> everyTeam(MethodsClient client, String workspaceId, String userId) {
        try {
            return choices.seesEveryTeam(client, workspaceId, userId)
                    ? OrgBlocks.homeSection(org.rollUp(Optional.of(workspaceId))) : List.of();
        } catch (SlackCallException e) {
            LOG.info("Could not tell whether {} sees every team: {}", userId, e.error());
            return List.of();
        }
    }
}
