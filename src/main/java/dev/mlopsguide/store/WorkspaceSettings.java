package dev.mlopsguide.store;

import dev.mlopsguide.rhythm.ThreadRhythm;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a workspace chose: for the questions people ask the app (see {@link Questions}; a workspace that chose
 * nothing has {@link Questions#DEFAULTS}), and who sees the organisation's roll-up.
 */
public final class WorkspaceSettings {

    /**
     * {@code followUps}: a follow-up in a thread the app answered is answered without a new mention;
     * {@code expertsChannel}: where answers found not helpful are posted for an expert to reply; {@code gapReportTo}:
     * the channel or person the weekly report of knowledge gaps goes to.
     */
    public record Questions(boolean followUps, Optional<String> expertsChannel, Optional<String> gapReportTo) {
        public static final Questions DEFAULTS = new Questions(true, Optional.empty(), Optional.empty());
    }

    /** The weekly reports a workspace may turn on, each with the columns of where it goes and when it last went. */
    public enum Report {
        /** The questions the app could not answer well. */
        GAPS("gap_report_to", "gap_report_sent_at"),
        /** Every team's week: level changes, teams that slipped, new shared blockers, late steps. */
        ORG("org_digest_to", "org_digest_sent_at");

        private final String to;
        private final String sentAt;

        Report(String to, String sentAt) {
            this.to = to;
            this.sentAt = sentAt;
        }
    }

    /** A workspace whose report is due, with where it goes and when the last one went (empty: never). */
    record Due(Report report, String workspaceId, String to, Optional<Instant> lastSentAt) {
    }

    /** A report taken for sending: where it goes, and the start of the time it covers. */
    public record Taken(String workspaceId, String to, Instant since) {
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final Teams teams;

    WorkspaceSettings(Jdbc jdbc, Clock clock, Teams teams) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.teams = teams;
    }

    public Questions questions(String workspaceId) {
        return jdbc.read("read the settings of " + workspaceId, sql -> sql.one(
                "SELECT follow_ups, experts_channel, gap_report_to FROM workspace_setting WHERE workspace_id = ?",
                rs -> new Questions(rs.getBoolean("follow_ups"), Optional.ofNullable(rs.getString("experts_channel")),
                        Optional.ofNullable(rs.getString("gap_report_to"))), workspaceId))
                .orElse(Questions.DEFAULTS);
    }

    public void followUps(String workspaceId, boolean on, String by) {
        change(workspaceId, "follow_ups", on, by);
    }

    public void expertsChannel(String workspaceId, Optional<String> channelId, String by) {
        change(workspaceId, "experts_channel", channelId.orElse(null), by);
    }

    /**
     * {@code to}: a channel id, or a person's id for their DM; empty stops the report. The first report covers the
     * week from now, and goes a week from now.
     */
    public void report(Report report, String workspaceId, Optional<String> to, String by) {
        change(workspaceId, report.to, to.orElse(null), by);
        jdbc.read("start the weekly report of " + workspaceId, sql -> sql.update("UPDATE workspace_setting SET "
                + report.sentAt + " = ? WHERE workspace_id = ?", clock.instant(), workspaceId));
    }

    /** Where the workspace's weekly digest of every team goes, if it has one. */
    public Optional<String> orgDigestTo(String workspaceId) {
        return jdbc.read("read where the org digest of " + workspaceId + " goes", sql -> sql.one(
                "SELECT org_digest_to FROM workspace_setting WHERE workspace_id = ? AND org_digest_to IS NOT NULL",
                rs -> rs.getString(1), workspaceId));
    }

    /** The channel or user group (its id) whose members see the organisation's roll-up, besides admins and owners. */
    public Optional<String> orgAdmins(String workspaceId) {
        return jdbc.read("read who sees the roll-up of " + workspaceId, sql -> sql.one(
                "SELECT org_admins FROM workspace_setting WHERE workspace_id = ?", rs -> Optional.ofNullable(
                        rs.getString(1)), workspaceId)).flatMap(admins -> admins);
    }

    public void orgAdmins(String workspaceId, Optional<String> channelOrGroup, String by) {
        change(workspaceId, "org_admins", channelOrGroup.orElse(null), by);
    }

    /** How long the workspace's team threads stay open before they close by themselves. */
    public Duration threadsCloseAfter(String workspaceId) {
        return jdbc.read("read how long the threads of " + workspaceId + " stay open", sql -> sql.one(
                "SELECT threads_close_after_days FROM workspace_setting WHERE workspace_id = ? "
                        + "AND threads_close_after_days IS NOT NULL", rs -> Duration.ofDays(rs.getInt(1)), workspaceId))
                .orElse(ThreadRhythm.DEFAULT_CLOSE_AFTER);
    }

    public void threadsCloseAfter(String workspaceId, int days, String by) {
        change(workspaceId, "threads_close_after_days", days, by);
    }

    /** Where adopted next steps are sent as issues (a JSON POST), if anywhere. */
    public Optional<URI> stepsWebhook(String workspaceId) {
        return jdbc.read("read the steps webhook of " + workspaceId, sql -> sql.one(
                "SELECT steps_webhook FROM workspace_setting WHERE workspace_id = ? AND steps_webhook IS NOT NULL",
                rs -> URI.create(rs.getString(1)), workspaceId));
    }

    public void stepsWebhook(String workspaceId, Optional<URI> url, String by) {
        change(workspaceId, "steps_webhook", url.map(URI::toString).orElse(null), by);
    }

    /**
     * Takes every report of this kind that is due (not sent in the last {@code every}), each for exactly one caller
     * whatever the replicas and retries; a first report covers the {@code every} before now.
     */
    public List<Taken> takeDueReports(Report report, Duration every) {
        var now = clock.instant();
        return reportsDue(report, now.minus(every)).stream().filter(this::claimReport)
                .map(due -> new Taken(due.workspaceId(), due.to(), due.lastSentAt().orElse(now.minus(every)))).toList();
    }

    /** The workspaces whose report was never sent or last sent before {@code sentBefore}. */
    List<Due> reportsDue(Report report, Instant sentBefore) {
        return jdbc.read("find the weekly reports due", sql -> sql.list(
                "SELECT workspace_id, " + report.to + " AS sent_to, " + report.sentAt + " AS sent_at FROM workspace_setting "
                        + "WHERE " + report.to + " IS NOT NULL AND (" + report.sentAt + " IS NULL OR " + report.sentAt
                        + " < ?) ORDER BY workspace_id",
                rs -> new Due(report, rs.getString("workspace_id"), rs.getString("sent_to"),
                        Optional.ofNullable(Sql.instant(rs, "sent_at"))), sentBefore));
    }

    /**
     * Takes the report of a workspace for sending now, if no one (another replica, a retry) took it since
     * {@code due} was read: true for exactly one of them.
     */
    boolean claimReport(Due due) {
        var sentAt = due.report().sentAt;
        return jdbc.read("claim the weekly report of " + due.workspaceId(), sql -> due.lastSentAt().isEmpty()
                ? sql.update("UPDATE workspace_setting SET " + sentAt + " = ? WHERE workspace_id = ? AND " + sentAt
                        + " IS NULL", clock.instant(), due.workspaceId())
                : sql.update("UPDATE workspace_setting SET " + sentAt + " = ? WHERE workspace_id = ? AND " + sentAt
                        + " = ?", clock.instant(), due.workspaceId(), due.lastSentAt().get())) == 1;
    }

    private void change(String workspaceId, String column, Object value, String by) {
        teams.ensureWorkspace(workspaceId, workspaceId);
        var update = "UPDATE workspace_setting SET " + column + " = ?, updated_by = ?, updated_at = ? WHERE workspace_id = ?";
        try {
            jdbc.transaction("change the settings of " + workspaceId, sql -> {
                if (sql.update(update, value, by, clock.instant(), workspaceId) == 0) {
                    sql.update("INSERT INTO workspace_setting (workspace_id, follow_ups, updated_by, updated_at) "
                            + "VALUES (?, ?, ?, ?)", workspaceId, Questions.DEFAULTS.followUps(), by, clock.instant());
                    sql.update(update, value, by, clock.instant(), workspaceId);
                }
                return null;
            });
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // Two changes of a workspace that chose nothing before, at once: the other made its row; change it.
            jdbc.read("change the settings of " + workspaceId, sql -> sql.update(update, value, by, clock.instant(),
                    workspaceId));
        }
    }
}
