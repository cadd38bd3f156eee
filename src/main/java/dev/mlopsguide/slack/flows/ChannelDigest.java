package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.mlopsguide.digest.Digest;
import dev.mlopsguide.report.DigestReport;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.BlockList;
import dev.mlopsguide.slack.blocks.DigestBlocks;
import dev.mlopsguide.slack.blocks.DigestViews;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.delivery.ChartUploads;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.slack.webapi.SlackChannels;
import dev.mlopsguide.slack.webapi.TimeZones;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.team.DigestSchedules;
import dev.mlopsguide.team.TeamDigests;
import dev.mlopsguide.team.TeamDirectory;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The weekly digest of a channel's team: subscribe a channel to it (at a weekday and time in the subscriber's time
 * zone), unsubscribe it, or preview this week's digest.
 */
public final class ChannelDigest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private final TeamDirectory teams;
    private final DigestSchedules schedules;
    private final TeamDigests digests;
    private final TimeZones zones;
    private final SignedText signer;
    private final SlackCalls calls;
    private final MessagePosts posts;
    private final ChartUploads charts;

    public ChannelDigest(TeamDirectory teams, DigestSchedules schedules, TeamDigests digests, TimeZones zones,
                         SignedText signer, SlackAccess slack) {
        this.teams = teams;
        this.schedules = schedules;
        this.digests = digests;
        this.zones = zones;
        this.signer = signer;
        this.calls = slack.calls();
        this.posts = slack.posts();
        this.charts = new ChartUploads(calls);
    }

    /** Where the command runs and who runs it. */
    public record Asker(MethodsClient client, String workspaceId, String channelId, String channelName, String userId) {
    }

    /** Subscribes {@code target} to the digest of the asker's channel; returns the confirmation to show. */
    public String subscribe(Asker asker, String target, DayOfWeek weekday, LocalTime time) {
        var team = teams.channel(asker.workspaceId(), asker.channelId(), asker.channelName());
        var zone = zones.of(asker.client(), asker.userId());
        var subscribed = schedules.subscribe(team, target, weekday, time, zone, asker.userId());
        return "Subscribed " + Mrkdwn.channel(target) + " to the weekly MLOps digest of " + Mrkdwn.channel(asker.channelId())
                + ": " + schedule(weekday, time, zone, subscribed) + " `/mlops-assess digest off` stops it.";
    }

    /** Opens the form that sends the digest of {@code teamChannel}'s team to a channel (from the App Home). */
    public void openForm(MethodsClient client, String triggerId, String workspaceId, String teamChannel) {
        var view = DigestViews.form(teamChannel, DigestSchedules.DEFAULT_DAY, DigestSchedules.DEFAULT_TIME,
                signer.signFor(workspaceId, teamChannel));
        calls.openView(client, triggerId, view);
    }

    /** The form's choice, checked: what to show in its place, or its errors by block. */
    public ModalReply checkForm(String workspaceId, View view) {
        var choice = formChoice(workspaceId, view);
        if (choice.isEmpty()) {
            return new ModalReply.Update(AssessmentViews.problem(
                    "This form could not be verified, so nothing was changed. Open it again from the App Home."));
        }
        var target = DigestViews.channel(view.getState());
        if (target.isEmpty() || SlackChannels.isDirect(target.get())) {
            return new ModalReply.Errors(Map.of(DigestViews.CHANNEL_BLOCK, "Choose a channel."));
        }
        var day = DigestViews.day(view.getState());
        var time = DigestViews.time(view.getState());
        if (day.isEmpty() || time.isEmpty()) {
            return new ModalReply.Errors(day.isEmpty() ? Map.of(DigestViews.DAY_BLOCK, "Choose a day.")
                    : Map.of(DigestViews.TIME_BLOCK, "Choose a time."));
        }
        return new ModalReply.Update(DigestViews.accepted(target.get(), day.get(), time.get()));
    }

    /**
     * After a checked form's ack: subscribes the channel, in the time zone of the person who sent it, and tells the
     * channel; when the app cannot post there, the person is told why by DM.
     */
    public void subscribeFromForm(MethodsClient client, String workspaceId, String userId, View view) {
        var checked = formChoice(workspaceId, view);
        if (checked.isEmpty()) {
            return;
        }
        var teamChannel = checked.get();
        var target = DigestViews.channel(view.getState()).orElseThrow();
        var day = DigestViews.day(view.getState()).orElseThrow();
        var time = DigestViews.time(view.getState()).orElseThrow();
        var team = teams.channel(workspaceId, teamChannel, null);
        var zone = zones.of(client, userId);
        var subscribed = schedules.subscribe(team, target, day, time, zone, userId);
        var text = Mrkdwn.user(userId) + " set up the weekly MLOps digest of " + Mrkdwn.channel(teamChannel) + " here: "
                + schedule(day, time, zone, subscribed) + " *Stop* beside it on MLOps Guide's App Home stops it.";
        try {
            posts.post(client, MessagePosts.Target.channel(target, "digest-subscribed:" + subscribed.subscription().id()),
                    false, text, List.of());
        } catch (SlackCallException e) {
            posts.tellDirectly(client, userId, "The weekly digest of " + Mrkdwn.channel(teamChannel) + " will go to "
                    + Mrkdwn.channel(target) + " (" + schedule(day, time, zone, subscribed) + "), but I could not post "
                    + "there. " + e.inWords() + " Until then, the digest will be paused when it is due.");
        }
    }

    private Optional<String> formChoice(String workspaceId, View view) {
        return signer.verifyFor(workspaceId, view.getPrivateMetadata());
    }

    private static String schedule(DayOfWeek day, LocalTime time, ZoneId zone, DigestSchedules.Subscribed subscribed) {
        return "every " + DigestViews.dayName(day) + " at " + time + " (" + zone.getId() + ")"
                + subscribed.first().map(first -> ", the first on " + WHEN.format(first.atZone(zone))).orElse("") + ".";
    }

    /** Stops the digest of a team's channel in {@code target} (from the App Home). */
    public void stop(String workspaceId, String teamChannel, String target) {
        teams.find(TeamKey.channel(workspaceId, teamChannel)).ifPresent(team -> schedules.unsubscribe(team, target));
    }

    /** Stops the digest of the asker's channel in {@code target}; returns what happened, in words. */
    public String unsubscribe(Asker asker, String target) {
        var team = teams.channel(asker.workspaceId(), asker.channelId(), asker.channelName());
        return schedules.unsubscribe(team, target).isPresent()
                ? "Unsubscribed " + Mrkdwn.channel(target) + " from the weekly digest."
                : Mrkdwn.channel(target) + " was not subscribed to this channel's digest.";
    }

    /**
     * This week's digest of the asker's channel so far: sent to the asker's DM as it will be posted, chart image
     * included; the reply has it with the chart as text, and says where the image is (or why it is not).
     */
    public Reply preview(Asker asker) {
        var team = teams.channel(asker.workspaceId(), asker.channelId(), asker.channelName());
        var digest = digests.soFar(team, zones.of(asker.client(), asker.userId()));
        var headline = Mrkdwn.escape(DigestReport.headline(digest));
        String where;
        try {
            var client = asker.client();
            var dm = posts.directChannel(client, asker.userId());
            var ts = posts.post(client, MessagePosts.Target.channel(dm, "preview:" + UUID.randomUUID()), false,
                    "Preview: " + headline, DigestBlocks.digest(digest, asker.channelId(), false));
            if (digest.charted()) {
                charts.upload(client, dm, ts, ChartUploads.Chart.of(digest));
            }
            where = "The preview as it will be posted, chart image included, is in your messages with me.";
        } catch (SlackCallException | IOException e) {
            where = "I could not send you the preview with its chart image (`" + e.getMessage() + "`); here it is as text.";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            where = "The preview with its chart image was cut short; here it is as text.";
        }
        var blocks = new BlockList().context(where).addAll(DigestBlocks.digest(digest, asker.channelId(), true))
                .build(Surface.MESSAGE, "");
        return new Reply(headline, blocks);
    }
}
