package dev.mlopsguide.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.digest.DigestScheduler;
import dev.mlopsguide.digest.DigestWeek;
import dev.mlopsguide.report.DigestReport;
import dev.mlopsguide.slack.blocks.DigestBlocks;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.store.DigestSubscription;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mlops-assess digest}: subscribes a channel to the weekly digest of the team of the channel where the
 * command runs (at a weekday and time in the subscriber's time zone), unsubscribes it, or previews the digest now.
 */
public final class DigestSettings {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSettings.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private final Guide guide;
    private final DigestScheduler scheduler;
    private final DigestPoster poster;
    private final Clock clock;

    public DigestSettings(Guide guide, DigestScheduler scheduler, DigestPoster poster, Clock clock) {
        this.guide = guide;
        this.scheduler = scheduler;
        this.poster = poster;
        this.clock = clock;
    }

    /** Acknowledges at once; the work (a Slack call for the time zone, the store, the schedule) happens after. */
    public Response handle(SlashCommandContext ctx, String workspace, String channel,
                                                        String channelName, String user, String arguments) {
        DigestCommand command;
        try {
            command = DigestCommand.parse(arguments);
        } catch (DigestCommand.Invalid e) {
            return ctx.ack(e.getMessage());
        }
        var client = ctx.client();
        guide.work().submit("digest " + command.action(), () -> {
            var team = guide.channelTeam(workspace, channel, channelName);
            var target = command.channelId().orElse(channel);
            switch (command.action()) {
                case ON -> {
                    var zone = zoneOf(client, user);
                    var subscription = guide.store().digestSubscriptions().subscribe(team.id(), target, command.weekday(),
                            command.time(), zone, user);
                    scheduler.schedule(subscription.id(), subscription.weekday(), subscription.time(), subscription.zone());
                    respond(ctx, "Subscribed " + Mrkdwn.channel(target) + " to the weekly MLOps digest of "
                            + Mrkdwn.channel(channel) + ": every " + command.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + " at " + command.time() + " (" + zone.getId() + ")"
                            + scheduler.next(subscription.id()).map(n -> "; the first on " + WHEN.format(n.atZone(zone)))
                            .orElse("") + ". `/mlops-assess digest off` stops it.");
                }
                case OFF -> {
                    var existing = guide.store().digestSubscriptions().find(team.id(), target);
                    existing.map(DigestSubscription::id).ifPresent(scheduler::cancel);
                    guide.store().digestSubscriptions().unsubscribe(team.id(), target);
                    respond(ctx, existing.isPresent() ? "Unsubscribed " + Mrkdwn.channel(target) + " from the weekly digest."
                            : Mrkdwn.channel(target) + " was not subscribed to this channel's digest.");
                }
                case PREVIEW -> {
                    var zone = zoneOf(client, user);
                    var preview = new DigestSubscription(0, team.id(), target, command.weekday(), command.time(), zone,
                            user, clock.instant(), true, Optional.empty());
                    var digest = poster.compose(preview, DigestWeek.endingAt(clock.instant(), zone));
                    try {
                        ctx.respond(r -> r.responseType("ephemeral").text(DigestReport.headline(digest))
                                .blocks(DigestBlocks.digest(digest, channel, true)));
                    } catch (IOException e) {
                        LOG.warn("Could not answer through response_url: {}", e.getMessage());
                    }
                }
            }
        });
        return ctx.ack(switch (command.action()) {
            case ON -> "Setting up the weekly digest…";
            case OFF -> "Stopping the weekly digest…";
            case PREVIEW -> "Writing this week's digest for you…";
        });
    }

    /** Subscribes a team's own channel to its digest, Monday 09:00 in the person's time zone (from the App Home). */
    public DigestSubscription subscribeWithDefaults(MethodsClient client, String workspace, String channel, String user) {
        var team = guide.channelTeam(workspace, channel, null);
        var subscription = guide.store().digestSubscriptions().subscribe(team.id(), channel, DigestCommand.DEFAULT_DAY,
                DigestCommand.DEFAULT_TIME, zoneOf(client, user), user);
        scheduler.schedule(subscription.id(), subscription.weekday(), subscription.time(), subscription.zone());
        return subscription;
    }

    /** The person's time zone from their Slack profile; UTC when Slack does not say. */
    private ZoneId zoneOf(MethodsClient client, String user) {
        try {
            var info = guide.calls().call("users.info", () -> client.usersInfo(r -> r.user(user)));
            return info.getUser() != null && info.getUser().getTz() != null ? ZoneId.of(info.getUser().getTz()) : ZoneOffset.UTC;
        } catch (SlackCallException | DateTimeException e) {
            LOG.info("No time zone for {} ({}); using UTC", user, e.getMessage());
            return ZoneOffset.UTC;
        }
    }

    private static void respond(SlashCommandContext ctx, String text) {
        try {
            ctx.respond(text);
        } catch (IOException e) {
            LOG.warn("Could not answer through response_url: {}", e.getMessage());
        }
    }
}
