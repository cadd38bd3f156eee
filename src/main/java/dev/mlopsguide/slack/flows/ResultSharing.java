package dev.mlopsguide.slack.flows;

import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.slack.blocks.BlockList;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.ResultBlocks;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.team.TeamResults;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A personal result stays personal until its owner shares it: it is sent as an ephemeral message (or a DM when
 * the app cannot post in the channel) with a "Share in channel" button. Both the private copy and the shared post
 * are follow-up work, kept with what asked for them and posted once.
 */
public final class ResultSharing {

    public static final String SHARE_ACTION = "share_result";
    public static final String SEND_PRIVATELY = "result.private";
    public static final String SHARE = "result.share";
    private static final Logger LOG = LoggerFactory.getLogger(ResultSharing.class);

    /** Send {@code user} their new assessment, taken from {@code channel}. */
    record PrivateCopy(String workspace, String user, String channel, long assessment) {
    }

    /** Post {@code user}'s assessment in its team's channel, and tell them through {@code responseUrl}. */
    record Share(String workspace, String user, long assessment, String channel, String responseUrl) {
    }

    private final ResultBlocks blocks;
    private final TeamResults results;
    private final FollowUps followUps;
    private final SlackAccess slack;

    public ResultSharing(MaturityContent content, TeamResults results, FollowUps followUps, SlackAccess slack) {
        this.blocks = new ResultBlocks(content);
        this.results = results;
        this.followUps = followUps;
        this.slack = slack;
    }

    /** The work of sending a new result to its owner, to keep with the result. */
    static FollowUps.FollowUp privateCopy(String workspaceId, String userId, String channelId, long assessmentId) {
        return Payloads.of(SEND_PRIVATELY, new PrivateCopy(workspaceId, userId, channelId, assessmentId));
    }

    /** Follow-up work: sends the result to its owner only, with the button to share it in the channel. */
    public void sendPrivately(FollowUps.Taken work) {
        var copy = Payloads.read(work, PrivateCopy.class);
        var recorded = results.assessment(copy.assessment());
        if (recorded.isEmpty()) {
            return;
        }
        var client = slack.clients().require(copy.workspace());
        var result = recorded.get().result();
        var message = blocks.blocks(result, "Your assessment of " + Mrkdwn.channel(copy.channel()),
                        Optional.of(copy.channel()))
                .actions("share", List.of(BlockList.primaryButton("Share in channel", SHARE_ACTION,
                        String.valueOf(copy.assessment()))))
                .build(Surface.MESSAGE, "");
        var text = blocks.fallback(result);
        try {
            slack.calls().call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(copy.channel())
                    .user(copy.user()).text(text).blocks(message)));
        } catch (SlackCallException e) {
            LOG.info("Cannot post the result in {} ({}); sending it as a direct message", copy.channel(), e.error());
            var dm = slack.posts().directChannel(client, copy.user());
            slack.posts().post(client, MessagePosts.Target.channel(dm, "result:" + copy.assessment()),
                    work.isRetry(), text, message);
        }
    }

    /**
     * Keeps the work of posting the assessment that a "Share in channel" button carries in its team's channel, if it
     * is the presser's own and of this workspace.
     *
     * @return what to tell the presser when it cannot be shared
     */
    public Optional<String> requestShare(String workspaceId, String userId, String value, String responseUrl) {
        var shared = parse(value).flatMap(results::assessment)
                .filter(r -> r.record().takenBy().equals(userId))
                .filter(r -> r.team().key().workspaceId().equals(workspaceId));
        if (shared.isEmpty()) {
            return Optional.of("This result can no longer be shared: it was deleted, or it is not yours.");
        }
        followUps.add(Payloads.of(SHARE, new Share(workspaceId, userId, shared.get().record().id(),
                shared.get().team().key().externalId(), responseUrl)));
        return Optional.empty();
    }

    /** Follow-up work: posts the shared result in the channel, once, and replaces the private copy with a note. */
    public void share(FollowUps.Taken work) {
        var share = Payloads.read(work, Share.class);
        var recorded = results.assessment(share.assessment());
        if (recorded.isEmpty()) {
            return;
        }
        var client = slack.clients().require(share.workspace());
        var result = recorded.get().result();
        List<LayoutBlock> message = blocks.blocks(result, Mrkdwn.user(share.user()) + " shared their assessment",
                        Optional.of(share.channel()))
                .build(Surface.MESSAGE, "");
        slack.posts().post(client, MessagePosts.Target.channel(share.channel(), "share:" + work.id()), work.isRetry(),
                Mrkdwn.user(share.user()) + " shared an MLOps assessment: " + blocks.fallback(result), message);
        slack.responses().tell(share.responseUrl(), "Shared in " + Mrkdwn.channel(share.channel()) + ".", true);
    }

    /** The result could not be shared: its owner is told why. */
    public void shareGivenUp(FollowUps.Taken work, Exception failure) {
        var share = Payloads.read(work, Share.class);
        slack.responses().tell(share.responseUrl(), "I could not share your result in " + Mrkdwn.channel(share.channel())
                + ". " + SlackCallException.inWords(failure));
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
