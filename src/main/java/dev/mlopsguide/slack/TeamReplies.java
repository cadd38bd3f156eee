package dev.mlopsguide.slack;

import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.report.HistoryReport;
import dev.mlopsguide.slack.blocks.BlockList;
import dev.mlopsguide.slack.blocks.ExplainBlocks;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.store.StoredProfile;
import dev.mlopsguide.store.TeamKey;
import java.time.ZoneOffset;
import java.util.List;

/** The answers to {@code results}, {@code history} and {@code explain}: read-only replies, built from the store. */
public final class TeamReplies {

    /** Blocks and the plain-text fallback that goes with them. */
    public record Reply(String text, List<LayoutBlock> blocks) {
    }

    private final Guide guide;

    public TeamReplies(Guide guide) {
        this.guide = guide;
    }

    public Reply results(String workspaceId, String channelId) {
        var team = guide.store().teams().find(TeamKey.channel(workspaceId, channelId));
        var latest = team.flatMap(t -> guide.store().assessments().latest(t.id()));
        if (latest.isEmpty()) {
            return noAssessment(channelId);
        }
        var profile = guide.store().profiles().find(team.get().id()).map(StoredProfile::profile);
        var result = guide.assessor().assess(latest.get().answers(), profile);
        var byline = "Latest result of " + Mrkdwn.channel(channelId) + ", by " + Mrkdwn.user(latest.get().takenBy());
        return new Reply(guide.resultBlocks().fallback(result),
                guide.resultBlocks().blocks(result, byline).build(Surface.MESSAGE, "Run `/mlops-assess results` again."));
    }

    public Reply history(String workspaceId, String channelId) {
        var team = guide.store().teams().find(TeamKey.channel(workspaceId, channelId));
        var history = team.map(t -> guide.store().assessments().history(t.id()));
        if (history.isEmpty() || history.get().records().isEmpty()) {
            return noAssessment(channelId);
        }
        var records = history.get().records();
        var latest = records.get(records.size() - 1);
        var chart = new HistoryReport(guide.content().questionnaire(), ZoneOffset.UTC)
                .render(team.get().name(), history.get(), records.get(0).takenAt(), latest.takenAt());
        var blocks = new BlockList().header("MLOps history of " + team.get().name())
                .section("```" + BlockList.truncate(chart, BlockList.SECTION_TEXT - 6) + "```")
                .context("Times in UTC · the change runs from the first assessment to the latest.")
                .build(Surface.MESSAGE, "");
        return new Reply("MLOps history of " + team.get().name() + ": " + records.size() + " assessments, now level "
                + latest.level() + ".", blocks);
    }

    public Reply explain(String topic) {
        if (topic.equals("levels")) {
            return new Reply("The five MLOps maturity levels.", ExplainBlocks.levels(guide.content().levels()));
        }
        var step = guide.content().step(topic.isEmpty() ? "design" : topic);
        if (step.isEmpty() || topic.isEmpty()) {
            var topics = String.join(", ", guide.content().lifecycle().stream().map(s -> "`" + s.id() + "`").toList());
            var text = (topic.isEmpty() ? "" : "I can't explain `" + Mrkdwn.escape(topic) + "`. ")
                    + "An ML project has three steps: " + topics + ". Try `/mlops-assess explain train`, or "
                    + "`/mlops-assess explain levels` for the maturity levels.";
            return new Reply(text, new BlockList().section(text).build(Surface.MESSAGE, ""));
        }
        return new Reply(step.get().name() + ": " + step.get().what(), ExplainBlocks.step(step.get()));
    }

    private static Reply noAssessment(String channelId) {
        var text = "No assessment yet for " + Mrkdwn.channel(channelId) + ". Run `/mlops-assess` to take it alone, or "
                + "`/mlops-assess team` to answer it together in a thread.";
        return new Reply(text, new BlockList().section(text).build(Surface.MESSAGE, ""));
    }
}
