package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.slack.blocks.BlockList;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.ResultBlocks;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.team.TeamResults;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A personal result stays personal until its owner shares it: it is sent as an ephemeral message (or a DM when
 * the app cannot post in the channel) with a "Share in channel" button.
 */
public final class ResultSharing {

    public static final String SHARE_ACTION = "share_result";
    private static final Logger LOG = LoggerFactory.getLogger(ResultSharing.class);

    private final ResultBlocks blocks;
    private final TeamResults results;
    private final SlackCalls calls;

    public ResultSharing(MaturityContent content, TeamResults results, SlackCalls calls) {
        this.blocks = new ResultBlocks(content);
        this.results = results;
        this.calls = calls;
    }

    /** Sends the result to its owner only, with the button to share it in the channel. */
    public void sendPrivately(MethodsClient client, String userId, String channelId, long assessmentId,
                              AssessmentResult result) {
        var message = blocks.blocks(result, "Your assessment of " + Mrkdwn.channel(channelId))
                .actions("share", List.of(BlockList.primaryButton("Share in channel", SHARE_ACTION, String.valueOf(assessmentId))))
                .build(Surface.MESSAGE, "");
        var text = blocks.fallback(result);
        try {
            calls.call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(channelId).user(userId)
                    .text(text).blocks(message)));
        } catch (SlackCallException e) {
            LOG.info("Cannot post the result in {} ({}); sending it as a direct message", channelId, e.error());
            var dm = calls.call("conversations.open", () -> client.conversationsOpen(r -> r.users(List.of(userId))));
            calls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(dm.getChannel().getId())
                    .text(text).blocks(message)));
        }
    }

    /**
     * Posts the assessment that a "Share in channel" button carries in its team's channel, if it is the presser's
     * own and of this workspace.
     *
     * @return what to tell the presser, in place of the private copy
     */
    public String share(MethodsClient client, String workspaceId, String userId, String value) {
        var shared = parse(value).flatMap(results::assessment)
                .filter(r -> r.record().takenBy().equals(userId))
                .filter(r -> r.team().key().workspaceId().equals(workspaceId));
        if (shared.isEmpty()) {
            return "This result can no longer be shared: it was deleted, or it is not yours.";
        }
        var channelId = shared.get().team().key().externalId();
        var result = shared.get().result();
        List<LayoutBlock> message = blocks.blocks(result, Mrkdwn.user(userId) + " shared their assessment")
                .build(Surface.MESSAGE, "");
        calls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channelId)
                .text(Mrkdwn.user(userId) + " shared an MLOps assessment: " + blocks.fallback(result))
                .blocks(message)));
        return "Shared in " + Mrkdwn.channel(channelId) + ".";
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
