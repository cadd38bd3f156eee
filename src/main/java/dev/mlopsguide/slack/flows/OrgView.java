package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.maturity.Area;
import dev.mlopsguide.org.HeatMap;
import dev.mlopsguide.slack.blocks.OrgBlocks;
import dev.mlopsguide.slack.delivery.ChartUploads;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.team.OrgResults;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /mlops-assess org}: every team of the workspace at a glance, for those who may see it (the workspace's admins
 * and owners, and the channel or user group it chose); the heat map image goes to the asker's DM, as an ephemeral reply
 * cannot carry a file. Others are told politely who can see it.
 */
public final class OrgView {

    private final WorkspaceChoices choices;
    private final OrgResults org;
    private final List<Area> areas;
    private final SlackAccess slack;
    private final ChartUploads charts;

    public OrgView(WorkspaceChoices choices, OrgResults org, List<Area> areas, SlackAccess slack) {
        this.choices = choices;
        this.org = org;
        this.areas = List.copyOf(areas);
        this.slack = slack;
        this.charts = new ChartUploads(slack.calls());
    }

    /** After the ack: the roll-up, or why the asker cannot see it. */
    public Reply show(MethodsClient client, String workspaceId, String userId) {
        if (!choices.seesEveryTeam(client, workspaceId, userId)) {
            return Reply.plain("Every team's results are for the workspace's admins and owners, and for the channel or "
                    + "user group they choose with `/mlops-assess settings admins`. Ask one of them to add you; your "
                    + "own team's results are in `/mlops-assess results` in its channel.");
        }
        var rollUp = org.rollUp(Optional.of(workspaceId));
        String where;
        if (rollUp.rows().isEmpty()) {
            where = "nothing to draw yet";
        } else {
            try {
                var dm = slack.posts().directChannel(client, userId);
                var ts = slack.posts().post(client, MessagePosts.Target.channel(dm, "org:" + UUID.randomUUID()), false,
                        "Every team at a glance", OrgBlocks.rollUp(rollUp, areas, "the heat map is in this thread"));
                charts.upload(client, dm, ts, new ChartUploads.Chart(HeatMap.png(rollUp, areas), "mlops-teams-heat-map.png",
                        "MLOps maturity of every team, by area", HeatMap.description(rollUp)));
                where = "the heat map is in your messages with me";
            } catch (SlackCallException | IOException e) {
                where = "I could not send you the heat map (" + (e instanceof SlackCallException s ? s.inWords()
                        : "the upload failed") + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                where = "the heat map was cut short";
            }
        }
        return new Reply("Every team at a glance: " + rollUp.rows().size() + " teams, " + rollUp.belowTarget().size()
                + " below their target", OrgBlocks.rollUp(rollUp, areas, where));
    }
}
