package dev.mlopsguide.slack.flows;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.steps.StepWebhook;
import dev.mlopsguide.store.WorkspaceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /mlops-assess settings}: what the workspace chose for questions, and who sees the organisation's roll-up,
 * shown to anyone; changed only by a workspace admin or owner (Slack's {@code users.info} says who is), since it
 * decides where people's questions go and who sees every team's results.
 */
public final class WorkspaceChoices {

    public static final String USAGE = "`/mlops-assess settings follow-ups on|off` · answer follow-ups in my threads "
            + "without a mention\n`/mlops-assess settings experts #channel|off` · where answers found not helpful go, "
            + "for an expert to reply\n`/mlops-assess settings gaps #channel|me|off` · a weekly report of the questions "
            + "I could not answer well\n`/mlops-assess settings admins #channel|@group|off` · who sees every team's results "
            + "(`/mlops-assess org`) besides the workspace's admins and owners\n`/mlops-assess settings close-after DAYS` · "
            + "how long a team thread or check-in stays open (2 to 30 days)\n`/mlops-assess settings webhook URL|off` · "
            + "where adopted next steps are sent as issues (a JSON POST)\n`/mlops-assess settings org-digest #channel|off` · "
            + "a weekly digest of every team (levels that moved, teams that slipped, new shared blockers)";
    private static final int MIN_CLOSE_DAYS = 2;
    private static final int MAX_CLOSE_DAYS = 30;
    private static final Pattern GROUP = Pattern.compile("<!subteam\\^([A-Z0-9]+)(\\|[^>]*)?>");

    private final WorkspaceSettings settings;
    private final SlackCalls calls;
    /**
     * Who sees every team, by workspace and person, for a few minutes: each App Home opened asks, and Slack's
     * {@code users.info} and membership lists are rate-limited. A change of the setting here clears it.
     */
    private final Cache<List<String>, Boolean> seers = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

    public WorkspaceChoices(WorkspaceSettings settings, SlackCalls calls) {
        this.settings = settings;
        this.calls = calls;
    }

    /** The settings in words, with how to change them. */
    public String describe(String workspaceId) {
        var chosen = settings.questions(workspaceId);
        return "*Questions in this workspace*\n"
                + "• Follow-ups in my threads: " + (chosen.followUps() ? "answered without a mention" : "need a mention") + "\n"
                + "• Answers found not helpful go to: " + chosen.expertsChannel().map(Mrkdwn::channel).orElse("no experts' "
                + "channel (they are kept for the gap report)") + "\n"
                + "• Weekly report of knowledge gaps: " + chosen.gapReportTo().map(WorkspaceChoices::destination).orElse("off")
                + "\n• Every team's results (`/mlops-assess org`): the workspace's admins and owners"
                + settings.orgAdmins(workspaceId).map(a -> ", and the members of " + admins(a)).orElse("")
                + "\n• Team threads and check-ins close by themselves after "
                + settings.threadsCloseAfter(workspaceId).toDays() + " days"
                + "\n• Weekly digest of every team: " + settings.orgDigestTo(workspaceId).map(Mrkdwn::channel).orElse("off")
                + "\n• Adopted next steps are sent as issues to: " + settings.stepsWebhook(workspaceId)
                .map(url -> Mrkdwn.escape(url.getHost())).orElse("nowhere (no webhook)") + "\n" + USAGE;
    }

    /** Changes one setting as {@code argument} says, if the person may; returns what happened, in words. */
    public String change(MethodsClient client, String workspaceId, String userId, String argument) {
        var words = argument.strip().split("\\s+");
        if (words.length != 2) {
            return "Say which setting and its new value.\n" + USAGE;
        }
        var value = words[1];
        var off = value.equalsIgnoreCase("off");
        var channel = Mrkdwn.channelIn(value);
        switch (words[0].toLowerCase(Locale.ROOT)) {
            case "follow-ups", "followups" -> {
                if (!off && !value.equalsIgnoreCase("on")) {
                    return "Follow-ups are `on` or `off`.";
                }
                requireAdmin(client, userId);
                settings.followUps(workspaceId, !off, userId);
                return off ? "I answer follow-ups in my threads only when mentioned; I say so once in each thread."
                        : "I answer follow-ups in my threads without a mention.";
            }
            case "experts" -> {
                if (!off && channel.isEmpty()) {
                    return "Pick the experts' channel from the list Slack offers as you type `#`, or say `off`.";
                }
                requireAdmin(client, userId);
                var experts = off ? Optional.<String>empty() : channel;
                settings.expertsChannel(workspaceId, experts, userId);
                return experts.map(c -> "Answers found not helpful now go to " + Mrkdwn.channel(c) + ", for an expert "
                        + "to reply. Invite me there with `/invite @MLOps Guide` if I am not in it yet.")
                        .orElse("Answers found not helpful are no longer sent to experts; they stay in the gap report.");
            }
            case "gaps" -> {
                if (!off && channel.isEmpty() && !value.equalsIgnoreCase("me")) {
                    return "The gap report goes to a `#channel` (pick it from Slack's list), to `me`, or is `off`.";
                }
                requireAdmin(client, userId);
                var to = off ? Optional.<String>empty() : Optional.of(channel.orElse(userId));
                settings.report(WorkspaceSettings.Report.GAPS, workspaceId, to, userId);
                return to.map(t -> "Every week, " + destination(t) + " gets the questions I could not answer well, "
                        + "grouped.").orElse("The weekly gap report is off.");
            }
            case "admins" -> {
                var group = GROUP.matcher(value);
                if (!off && channel.isEmpty() && !group.matches()) {
                    return "Pick a `#channel` or a user group (`@group`) from the list Slack offers as you type, or say `off`.";
                }
                requireAdmin(client, userId);
                var admins = off ? Optional.<String>empty() : Optional.of(channel.orElseGet(() -> group.group(1)));
                settings.orgAdmins(workspaceId, admins, userId);
                seers.invalidateAll();
                return admins.map(a -> "Every team's results are now shown to the workspace's admins and owners and to "
                        + "the members of " + admins(a) + ".").orElse("Every team's results are shown to the workspace's "
                        + "admins and owners only.");
            }
            case "close-after" -> {
                var days = value.replaceAll("(?i)d(ays?)?$", "");
                if (!days.matches("\\d{1,2}") || Integer.parseInt(days) < MIN_CLOSE_DAYS
                        || Integer.parseInt(days) > MAX_CLOSE_DAYS) {
                    return "Team threads close after " + MIN_CLOSE_DAYS + " to " + MAX_CLOSE_DAYS + " days: say "
                            + "`/mlops-assess settings close-after 7`.";
                }
                requireAdmin(client, userId);
                settings.threadsCloseAfter(workspaceId, Integer.parseInt(days), userId);
                return "Team threads and check-ins now close by themselves " + days + " days after they start, with a "
                        + "partial result when enough was answered.";
            }
            case "org-digest" -> {
                if (!off && channel.isEmpty()) {
                    return "Pick the channel of the weekly digest of every team from Slack's list, or say `off`.";
                }
                requireAdmin(client, userId);
                var to = off ? Optional.<String>empty() : channel;
                settings.report(WorkspaceSettings.Report.ORG, workspaceId, to, userId);
                return to.map(c -> "Every week, " + Mrkdwn.channel(c) + " gets the levels that moved, the teams that "
                        + "slipped and the practices holding more teams back (a quiet week sends nothing). Invite me "
                        + "there with `/invite @MLOps Guide` if I am not in it yet.")
                        .orElse("The weekly digest of every team is off.");
            }
            case "webhook" -> {
                var url = off ? Optional.<URI>empty() : StepWebhook.parse(value);
                if (!off && url.isEmpty()) {
                    return "The webhook is an `https://` address (your issue tracker's, or an automation's), or `off`.";
                }
                requireAdmin(client, userId);
                settings.stepsWebhook(workspaceId, url, userId);
                return url.map(u -> "Adopted next steps are now sent to " + Mrkdwn.escape(u.getHost()) + " as a JSON "
                        + "POST, once each.").orElse("Adopted next steps are no longer sent anywhere.");
            }
            default -> {
                return "I don't know the setting " + Mrkdwn.code(words[0]) + ".\n" + USAGE;
            }
        }
    }

    /**
     * Whether the person sees every team's results: a workspace admin or owner, or a member of the channel or user
     * group the workspace chose.
     */
    public boolean seesEveryTeam(MethodsClient client, String workspaceId, String userId) {
        return seers.get(List.of(workspaceId, userId), key -> askSlack(client, workspaceId, userId));
    }

    private boolean askSlack(MethodsClient client, String workspaceId, String userId) {
        if (isAdmin(client, userId)) {
            return true;
        }
        var admins = settings.orgAdmins(workspaceId);
        if (admins.isEmpty()) {
            return false;
        }
        if (admins.get().startsWith("S")) {
            var members = calls.call("usergroups.users.list", () -> client.usergroupsUsersList(r -> r.usergroup(admins.get())));
            return members.getUsers() != null && members.getUsers().contains(userId);
        }
        String cursor = null;
        do {
            var next = cursor;
            var page = calls.call("conversations.members", () -> client.conversationsMembers(r -> r.channel(admins.get())
                    .limit(1000).cursor(next)));
            if (page.getMembers() != null && page.getMembers().contains(userId)) {
                return true;
            }
            cursor = page.getResponseMetadata() == null ? null : page.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return false;
    }

    /** @throws NotAllowed when the person is not a workspace admin or owner */
    private void requireAdmin(MethodsClient client, String userId) {
        if (!isAdmin(client, userId)) {
            throw new NotAllowed();
        }
    }

    private boolean isAdmin(MethodsClient client, String userId) {
        var user = calls.call("users.info", () -> client.usersInfo(r -> r.user(userId))).getUser();
        return user != null && (user.isAdmin() || user.isOwner());
    }

    /** A channel or a user group, as Slack shows it. */
    private static String admins(String channelOrGroup) {
        return channelOrGroup.startsWith("S") ? "<!subteam^" + channelOrGroup + ">" : Mrkdwn.channel(channelOrGroup);
    }

    private static String destination(String to) {
        return isPerson(to) ? Mrkdwn.user(to) + " (by DM)" : Mrkdwn.channel(to);
    }

    /** Whether a report's destination is a person (their DM), not a channel: Slack's user ids start with U or W. */
    static boolean isPerson(String id) {
        return id.startsWith("U") || id.startsWith("W");
    }

    /** The person may not change the settings. */
    public static final class NotAllowed extends RuntimeException {
        public NotAllowed() {
            super("Only a workspace admin or owner can change these settings: they decide where people's questions go.",
                    null, false, false);
        }
    }
}
