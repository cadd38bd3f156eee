package dev.mlopsguide.slack;

import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.slack.blocks.ResultBlocks;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.team.TeamAssessor;

/**
 * What the Slack features share: the content and domain (assessment and question answering), the store, the pool
 * for work after the ack, the way to call Slack, the signer of private metadata, and the metrics.
 */
public record Guide(MaturityContent content, Assessor assessor, TeamAssessor teamAssessor, Answerer answerer,
                    Store store, BackgroundWork work, SlackCalls calls, SignedText signer, Metrics metrics) {

    /** A guide whose Web API calls are counted in {@code metrics}. */
    public static Guide of(MaturityContent content, Answerer answerer, Store store, BackgroundWork work,
                           RetryPolicy retries, SignedText signer, Metrics metrics) {
        var assessor = new Assessor(content);
        var calls = new SlackCalls(retries, new SlackCallMetrics(metrics));
        return new Guide(content, assessor, new TeamAssessor(assessor, store), answerer, store, work, calls, signer,
                metrics);
    }

    /** The team of a channel, created on first use; {@code name} is used only when it is created. */
    public Team channelTeam(String workspaceId, String channelId, String name) {
        return store.teams().ensure(TeamKey.channel(workspaceId, channelId), name == null || name.isBlank()
                ? channelId : "#" + name);
    }

    public ResultBlocks resultBlocks() {
        return new ResultBlocks(content);
    }
}
