package dev.mlopsguide.slack.flows;

import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.report.GapReport;
import dev.mlopsguide.report.Wording;
import dev.mlopsguide.slack.blocks.BlockList;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.KnowledgeGaps;
import dev.mlopsguide.store.WorkspaceSettings;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly report of knowledge gaps, for the workspaces that asked for one: the questions since the last report,
 * similar ones grouped, posted to the chosen channel or person. Each report is taken by one replica before it is
 * posted, so it goes at most once a week; a week without gaps sends nothing.
 */
public final class GapReports {

    public static final String TASK_NAME = "send-gap-reports";
    public static final Duration EVERY = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(GapReports.class);

    private final WorkspaceSettings settings;
    private final KnowledgeGaps gaps;
    private final Answerer answerer;
    private final SlackAccess slack;

    public GapReports(WorkspaceSettings settings, KnowledgeGaps gaps, Answerer answerer, SlackAccess slack) {
        this.settings = settings;
        this.gaps = gaps;
        this.answerer = answerer;
        this.slack = slack;
    }

    /** Sends every report that is due. */
    public void sendDue() {
        for (var due : settings.takeDueReports(WorkspaceSettings.Report.GAPS, EVERY)) {
            var report = GapReport.of(due.since(), gaps.since(Optional.of(due.workspaceId()), due.since()),
                    answerer::sameQuestions);
            if (report.isEmpty()) {
                continue;
            }
            try {
                send(due, report);
            } catch (SlackCallException e) {
                LOG.error("Could not send the gap report of {}: {}", due.workspaceId(), e.error());
            }
        }
    }

    private void send(WorkspaceSettings.Taken due, GapReport report) {
        var client = slack.clients().require(due.workspaceId());
        var channel = WorkspaceChoices.isPerson(due.to()) ? slack.posts().directChannel(client, due.to()) : due.to();
        var blocks = new BlockList()
                .header("Questions I could not answer well")
                .context("Since " + Mrkdwn.date(report.since()) + ", similar questions together, the most asked first. "
                        + "Write articles or knowledge-pack entries for them; `mlops-guide knowledge gaps --pack FILE` "
                        + "turns approved expert replies into a pack.")
                .section(BlockList.truncate(report.text(new Wording(Mrkdwn::escape, Mrkdwn::user)), BlockList.SECTION_TEXT))
                .build(Surface.MESSAGE, "");
        slack.posts().post(client, MessagePosts.Target.channel(channel, "gap-report:" + report.since()), false,
                report.groups().size() + " questions I could not answer well this week", blocks);
    }
}
