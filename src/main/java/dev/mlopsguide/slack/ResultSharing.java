package dev.mlopsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.slack.blocks.BlockList;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.store.StoredProfile;
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

    private final Guide guide;

    public ResultSharing(Guide guide) {
        this.guide = guide;
    }

    public void register(App app) {
        app.blockAction(SHARE_ACTION, (req, ctx) -> {
            var value = req.getPayload().getActions().get(0).getValue();
            guide.work().submit("share an assessment", () -> share(ctx, value));
            return ctx.ack();
        });
    }

    /** Sends the result to its owner only, with the button to share it in the channel. */
    public void sendPrivately(MethodsClient client, String userId, String channelId, long assessmentId,
                              AssessmentResult result) {
        var blocks = guide.resultBlocks().blocks(result, "Your assessment of " + Mrkdwn.channel(channelId))
                .actions("share", List.of(BlockList.primaryButton("Share in channel", SHARE_ACTION, String.valueOf(assessmentId))))
                .build(Surface.MESSAGE, "");
        var text = guide.resultBlocks().fallback(result);
        try {
            guide.calls().call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(channelId).user(userId)
                    .text(text).blocks(blocks)));
        } catch (SlackCallException e) {
            LOG.info("Cannot post the result in {} ({}); sending it as a direct message", channelId, e.error());
            var dm = guide.calls().call("conversations.open", () -> client.conversationsOpen(r -> r.users(List.of(userId))));
            guide.calls().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(dm.getChannel().getId())
                    .text(text).blocks(blocks)));
        }
    }

    private void share(ActionContext ctx, String value) {
        var user = ctx.getRequestUserId();
        var record = parse(value).flatMap(id -> guide.store().assessments().byId(id))
                .filter(r -> r.takenBy().equals(user));
        var team = record.flatMap(r -> guide.store().teams().byId(r.teamId()))
                .filter(t -> t.key().workspaceId().equals(ctx.getTeamId()));
        if (record.isEmpty() || team.isEmpty()) {
            Respond.ephemeral(ctx, "This result can no longer be shared: it was deleted, or it is not yours.", true);
            return;
        }
        var channelId = team.get().key().externalId();
        var profile = guide.store().profiles().find(team.get().id()).map(StoredProfile::profile);
        var result = guide.assessor().assess(record.get().answers(), profile);
        List<LayoutBlock> blocks = guide.resultBlocks().blocks(result, Mrkdwn.user(user) + " shared their assessment")
                .build(Surface.MESSAGE, "");
        guide.calls().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(channelId)
                .text(Mrkdwn.user(user) + " shared an MLOps assessment: " + guide.resultBlocks().fallback(result))
                .blocks(blocks)));
        Respond.ephemeral(ctx, "Shared in " + Mrkdwn.channel(channelId) + ".", true);
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
