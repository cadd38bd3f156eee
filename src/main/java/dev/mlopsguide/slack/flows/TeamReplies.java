package dev.mlopsguide.slack.flows;

import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.slack.blocks.BlockList;
import dev.mlopsguide.slack.blocks.ExplainBlocks;
import dev.mlopsguide.slack.blocks.HistoryBlocks;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.ResultBlocks;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.team.TeamDirectory;
import dev.mlopsguide.team.TeamResults;
import java.util.Optional;

/** The answers to {@code results}, {@code history} and {@code explain}: read-only replies. */
public final class TeamReplies {

    private final MaturityContent content;
    private final ResultBlocks resultBlocks;
    private final TeamDirectory teams;
    private final TeamResults results;

    public TeamReplies(MaturityContent content, TeamDirectory teams, TeamResults results) {
        this.content = content;
        this.resultBlocks = new ResultBlocks(content);
        this.teams = teams;
        this.results = results;
    }

    public Reply results(String workspaceId, String channelId) {
        var latest = results.latest(TeamKey.channel(workspaceId, channelId));
        if (latest.isEmpty()) {
            return noAssessment(channelId);
        }
        var result = latest.get().result();
        var byline = "Latest result of " + Mrkdwn.channel(channelId) + ", by " + Mrkdwn.user(latest.get().record().takenBy());
        return new Reply(resultBlocks.fallback(result),
                resultBlocks.blocks(result, byline, Optional.of(channelId)).build(Surface.MESSAGE, "Run `/mlops-assess results` again."));
    }

    public Reply history(String workspaceId, String channelId) {
        var team = teams.find(TeamKey.channel(workspaceId, channelId));
        var history = team.map(results::history);
        if (history.isEmpty() || history.get().records().isEmpty()) {
            return noAssessment(channelId);
        }
        var records = history.get().records();
        return new Reply("MLOps history of " + Mrkdwn.escape(team.get().name()) + ": " + records.size()
                + (records.size() == 1 ? " assessment" : " assessments") + ", now level "
                + records.get(records.size() - 1).level() + ".",
                HistoryBlocks.history(content.questionnaire(), team.get().name(), history.get()));
    }

    public Reply explain(String topic) {
        if (topic.equals("levels")) {
            return new Reply("The five MLOps maturity levels.", ExplainBlocks.levels(content.levels()));
        }
        var step = content.step(topic.isEmpty() ? "design" : topic);
        if (step.isEmpty() || topic.isEmpty()) {
            var topics = String.join(", ", content.lifecycle().stream().map(s -> "`" + s.id() + "`").toList());
            var text = (topic.isEmpty() ? "" : "I can't explain " + Mrkdwn.code(topic) + ". ")
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
