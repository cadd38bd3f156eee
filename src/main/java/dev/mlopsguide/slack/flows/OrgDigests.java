package dev.mlopsguide.slack.flows;

import dev.mlopsguide.org.OrgWeek;
import dev.mlopsguide.slack.blocks.OrgBlocks;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.WorkspaceSettings;
import dev.mlopsguide.team.OrgResults;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest of every team, for the workspaces whose admins turned it on: which levels moved, which teams
 * slipped, which practices hold more teams back than a week before, and how many adopted steps are late; posted to
 * the channel they chose. Each week's digest is taken by one replica before it is posted; a quiet week sends nothing.
 */
public final class OrgDigests {

    public static final String TASK_NAME = "send-org-digests";
    private static final Logger LOG = LoggerFactory.getLogger(OrgDigests.class);

    private final WorkspaceSettings settings;
    private final OrgResults org;
    private final SlackAccess slack;

    public OrgDigests(WorkspaceSettings settings, OrgResults org, SlackAccess slack) {
        this.settings = settings;
        this.org = org;
        this.slack = slack;
    }

    /** Sends every digest that is due. */
    public void sendDue() {
        for (var due : settings.takeDueReports(WorkspaceSettings.Report.ORG, GapReports.EVERY)) {
            var since = due.since();
            var workspace = Optional.of(due.workspaceId());
            var week = OrgWeek.between(org.rollUpAt(workspace, since), org.rollUp(workspace));
            if (week.isQuiet()) {
                continue;
            }
            try {
                slack.posts().post(slack.clients().require(due.workspaceId()), MessagePosts.Target.channel(due.to(),
                        "org-digest:" + since), false, "Every team's week: " + week.moves().size() + " levels moved, "
                        + week.slipped().size() + " teams slipped", OrgBlocks.week(week, since));
            } catch (SlackCallException e) {
                LOG.error("Could not send the weekly digest of every team of {}: {}", due.workspaceId(), e.error());
            }
        }
    }
}
