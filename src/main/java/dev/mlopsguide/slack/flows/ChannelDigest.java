package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.report.DigestReport;
import dev.mlopsguide.slack.blocks.DigestBlocks;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.webapi.TimeZones;
import dev.mlopsguide.team.DigestSchedules;
import dev.mlopsguide.team.TeamDigests;
import dev.mlopsguide.team.TeamDirectory;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

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

    public ChannelDigest(TeamDirectory teams, DigestSchedules schedules, TeamDigests digests, TimeZones zones) {
        this.teams = teams;
        this.schedules = schedules;
        this.digests = digests;
        this.zones = zones;
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
                + ": every " + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + time + " (" + zone.getId()
                + ")" + subscribed.first().map(first -> "; the first on " + WHEN.format(first.atZone(zone))).orElse("")
                + ". `/mlops-assess digest off` stops it.";
    }

    /** Subscribes a team's own channel at the default weekday and time (from the App Home). */
    public void subscribeWithDefaults(MethodsClient client, String workspaceId, String channelId, String userId) {
        var team = teams.channel(workspaceId, channelId, null);
        schedules.subscribe(team, channelId, DigestSchedules.DEFAULT_DAY, DigestSchedules.DEFAULT_TIME,
                zones.of(client, userId), userId);
    }

    /** Stops the digest of the asker's channel in {@code target}; returns what happened, in words. */
    public String unsubscribe(Asker asker, String target) {
        var team = teams.channel(asker.workspaceId(), asker.channelId(), asker.channelName());
        return schedules.unsubscribe(team, target).isPresent()
                ? "Unsubscribed " + Mrkdwn.channel(target) + " from the weekly digest."
                : Mrkdwn.channel(target) + " was not subscribed to this channel's digest.";
    }

    /** This week's digest of the asker's channel so far, as it would be posted. */
    public Reply preview(Asker asker) {
        var team = teams.channel(asker.workspaceId(), asker.channelId(), asker.channelName());
        var digest = digests.soFar(team, zones.of(asker.client(), asker.userId()));
        return new Reply(Mrkdwn.escape(DigestReport.headline(digest)), DigestBlocks.digest(digest, asker.channelId(), true));
    }
}
