package dev.mlopsguide.slack.delivery;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.digest.Digest;
import dev.mlopsguide.digest.DigestWeek;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.report.DigestReport;
import dev.mlopsguide.slack.blocks.DigestBlocks;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.install.BotClients;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.store.DigestDeliveries;
import dev.mlopsguide.store.DigestSubscription;
import dev.mlopsguide.store.DigestSubscriptions;
import dev.mlopsguide.team.TeamDigests;
import dev.mlopsguide.team.TeamDirectory;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a subscription's weekly digest: claims the week first (so a retry or another replica never posts it twice),
 * waits its turn in the channel, posts, and uploads the chart into the digest's thread, or adds the chart as text
 * when the upload is refused, with the bot token of the subscription's workspace. An error no retry can cure pauses the
 * subscription and tells its creator by DM.
 */
public final class DigestPoster {

    private static final Logger LOG = LoggerFactory.getLogger(DigestPoster.class);

    /** Where the digests come from and what is recorded of them. */
    public record Sources(DigestSubscriptions subscriptions, DigestDeliveries deliveries, TeamDirectory teams,
                          TeamDigests digests) {
    }

    private final Sources sources;
    private final BotClients clients;
    private final SlackCalls calls;
    private final MessagePosts posts;
    private final SlackPacer pacer;
    private final Metrics metrics;
    private final ChartUploads charts;

    public DigestPoster(Sources sources, BotClients clients, SlackCalls calls, SlackPacer pacer, Metrics metrics) {
        this.sources = sources;
        this.clients = clients;
        this.calls = calls;
        this.posts = new MessagePosts(calls);
        this.charts = new ChartUploads(calls);
        this.pacer = pacer;
        this.metrics = metrics;
    }

    /** Delivers the digest due at {@code scheduledFor}, once; does nothing for a paused or deleted subscription. */
    public void deliver(long subscriptionId, Instant scheduledFor) {
        var subscription = sources.subscriptions().byId(subscriptionId).filter(DigestSubscription::active);
        if (subscription.isEmpty()) {
            return;
        }
        var week = DigestWeek.endingAt(scheduledFor, subscription.get().zone());
        var team = sources.teams().byId(subscription.get().teamId());
        var client = team.flatMap(t -> clients.forWorkspace(t.key().workspaceId()));
        if (client.isEmpty()) {
            // Uninstalled: the digest resumes by itself if the app is installed again within the grace period.
            LOG.info("No digest for subscription {} in {}: the app is not installed there", subscriptionId, week.id());
            return;
        }
        var deliveries = sources.deliveries();
        var claim = deliveries.claim(subscriptionId, week.id());
        if (claim == DigestDeliveries.Claim.TAKEN) {
            LOG.debug("The digest of subscription {} for {} was already delivered", subscriptionId, week.id());
            return;
        }
        var sub = subscription.get();
        var teamChannel = team.get().key().externalId();
        try {
            var digest = sources.digests().compose(team.get(), week);
            var channel = sub.channelId();
            var workspace = team.get().key().workspaceId();
            // Everything is ready before the channel's turn comes, so that the turn is spent on Slack's calls alone.
            var text = Mrkdwn.escape(DigestReport.headline(digest));
            var blocks = DigestBlocks.digest(digest, teamChannel, false);
            var chart = digest.charted() ? ChartUploads.Chart.of(digest) : null;
            // Named by subscription and week: an attempt after one that died or failed looks for its post first.
            var ts = pacer.paced(workspace, SlackPacer.POST, channel, () -> posts.post(client.get(),
                    MessagePosts.Target.channel(channel, "digest:" + subscriptionId + ":" + week.id()),
                    claim == DigestDeliveries.Claim.AGAIN, text, blocks));
            deliveries.sent(subscriptionId, week.id(), ts);
            metrics.digest("sent");
            if (chart != null) {
                chart(client.get(), workspace, channel, teamChannel, digest, chart, ts);
            }
        } catch (SlackCallException e) {
            deliveries.failed(subscriptionId, week.id(), e.error());
            metrics.digest(e.isPermanent() ? "paused" : "failed");
            if (e.isPermanent()) {
                pause(client.get(), sub, e.error());
            } else {
                LOG.warn("The digest of subscription {} for {} could not be posted: {}", subscriptionId, week.id(), e.error());
            }
        } catch (InterruptedException e) {
            deliveries.failed(subscriptionId, week.id(), "interrupted");
            Thread.currentThread().interrupt();
        }
    }

    /** Uploads the chart into the digest's thread; if Slack refuses, puts the chart in the message as text. */
    private void chart(MethodsClient client, String workspace, String channel, String teamChannel, Digest digest,
                       ChartUploads.Chart chart, String ts) {
        try {
            pacer.paced(workspace, List.of("files.getUploadURLExternal", "files.completeUploadExternal"), channel, () -> {
                charts.upload(client, channel, ts, chart);
                return null;
            });
        } catch (SlackCallException | IOException e) {
            LOG.info("Could not upload the digest chart to {} ({}); adding it as text", channel, e.getMessage());
            try {
                pacer.paced(workspace, "chat.update", channel, () -> calls.call("chat.update", () -> client.chatUpdate(r -> r
                        .channel(channel).ts(ts).text(Mrkdwn.escape(DigestReport.headline(digest)))
                        .blocks(DigestBlocks.digest(digest, teamChannel, true)))));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException e) {
            // The digest itself was posted and recorded: stopping only leaves its chart out.
            Thread.currentThread().interrupt();
        }
    }

    private void pause(MethodsClient client, DigestSubscription subscription, String error) {
        sources.subscriptions().pause(subscription.id(), error);
        LOG.warn("Paused digest subscription {} of {}: {}", subscription.id(), subscription.channelId(), error);
        var text = "I paused the weekly MLOps digest for " + Mrkdwn.channel(subscription.channelId())
                + " because Slack refused to post it there (`" + error + "`). "
                + (error.equals("not_in_channel") || error.equals("channel_not_found")
                ? "Invite me to the channel (`/invite @MLOps Guide`), then run `/mlops-assess digest on` there to resume."
                : "Once that is fixed, run `/mlops-assess digest on` in the channel to resume.");
        try {
            posts.tellDirectly(client, subscription.createdBy(), text);
        } catch (SlackCallException e) {
            LOG.warn("Could not tell {} that their digest was paused: {}", subscription.createdBy(), e.error());
        }
    }
}
