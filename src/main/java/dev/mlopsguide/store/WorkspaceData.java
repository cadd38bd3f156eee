package dev.mlopsguide.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Slack workspace's data as a whole, for data requests: every team's data and the feedback people gave on answers
 * (which holds their questions), exported together or deleted together.
 */
public final class WorkspaceData {

    public record Export(String exportedAt, String workspace, List<TeamExport> teams, List<FeedbackJson> feedback,
                         List<GapJson> unansweredQuestions) {
    }

    /** A question the app did not answer well, with what the asker said was missing and an expert's reply. */
    public record GapJson(String userId, String question, String answer, String reason, String missing,
                          String expertId, String expertReply, String askedAt) {
    }

    public record FeedbackJson(String userId, String question, List<String> sources, boolean helpful, String givenAt) {
    }

    /** What a deletion removed; {@code tokens} counts the installation rows (bot and installers) that held tokens. */
    public record Deleted(int teams, int assessments, int feedback, int tokens) {
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final Teams teams;
    private final TeamData teamData;
    private final KnowledgeGaps gaps;

    WorkspaceData(Jdbc jdbc, Clock clock, Teams teams, TeamData teamData, KnowledgeGaps gaps) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.teams = teams;
        this.teamData = teamData;
        this.gaps = gaps;
    }

    /** Everything about the workspace; empty when nothing was ever stored for it. */
    public Optional<Export> export(String workspaceId) {
        if (!exists(workspaceId)) {
            return Optional.empty();
        }
        var teamExports = teams.inWorkspace(workspaceId).stream().map(teamData::export).toList();
        var feedback = jdbc.read("read the feedback of workspace " + workspaceId, sql -> sql.list(
                "SELECT user_id, question, source_ids, helpful, created_at FROM answer_feedback "
                        + "WHERE workspace_id = ? ORDER BY created_at, id",
                rs -> new FeedbackJson(rs.getString(1), rs.getString(2), sources(rs.getString(3)), rs.getBoolean(4),
                        Sql.instant(rs, "created_at").toString()), workspaceId));
        var unanswered = gaps.since(Optional.of(workspaceId), Instant.EPOCH).stream().map(g -> new GapJson(
                g.asked().askerId(), g.asked().question(), g.asked().answer(), g.reason().id(), g.missing().orElse(null),
                g.expertId().orElse(null), g.expertReply().orElse(null), g.createdAt().toString())).toList();
        return Optional.of(new Export(clock.instant().toString(), workspaceId, teamExports, feedback, unanswered));
    }

    /**
     * Deletes the workspace and everything about it in one transaction, its stored Slack tokens included (so the app
     * stops acting there); empty when it is not stored.
     */
    public Optional<Deleted> delete(String workspaceId) {
        var what = "delete workspace " + workspaceId;
        return forgettingItsTeams(workspaceId, teamsBefore -> jdbc.transaction(what, sql -> {
            var deleted = new Deleted(teamsBefore.size(),
                    count(sql, "SELECT COUNT(*) FROM assessment a JOIN team t ON t.id = a.team_id "
                            + "WHERE t.workspace_id = ?", workspaceId),
                    count(sql, "SELECT COUNT(*) FROM answer_feedback WHERE workspace_id = ?", workspaceId),
                    sql.update("DELETE FROM slack_bot WHERE team_id = ?", workspaceId)
                            + sql.update("DELETE FROM slack_installer WHERE team_id = ?", workspaceId));
            // Every table about the workspace's teams and feedback cascades from this row.
            return sql.update("DELETE FROM workspace WHERE id = ?", workspaceId) == 1
                    ? Optional.of(deleted) : Optional.<Deleted>empty();
        }));
    }

    /**
     * Records that the app was uninstalled from the workspace (the first time only, so the grace period runs from
     * the uninstall). Its data stays until {@link #deleteUninstalledBefore} or a reinstall, which clears the mark.
     */
    public void markUninstalled(String workspaceId) {
        jdbc.read("mark workspace " + workspaceId + " uninstalled", sql -> sql.update(
                "UPDATE workspace SET uninstalled_at = ? WHERE id = ? AND uninstalled_at IS NULL",
                clock.instant(), workspaceId));
    }

    /** Clears the uninstall mark: the app is installed in the workspace again, so its data stays. */
    public void markInstalled(String workspaceId) {
        jdbc.read("mark workspace " + workspaceId + " installed", sql -> sql.update(
                "UPDATE workspace SET uninstalled_at = NULL WHERE id = ?", workspaceId));
    }

    public Optional<Instant> uninstalledAt(String workspaceId) {
        return jdbc.read("read when workspace " + workspaceId + " was uninstalled", sql -> sql.one(
                "SELECT uninstalled_at FROM workspace WHERE id = ? AND uninstalled_at IS NOT NULL",
                rs -> Sql.instant(rs, "uninstalled_at"), workspaceId));
    }

    /** Deletes the data of every workspace uninstalled before {@code cutoff}; returns their ids. */
    public List<String> deleteUninstalledBefore(Instant cutoff) {
        var due = jdbc.read("list workspaces uninstalled before " + cutoff, sql -> sql.list(
                "SELECT id FROM workspace WHERE uninstalled_at < ? ORDER BY id", rs -> rs.getString(1), cutoff));
        // One transaction per workspace, each checking the mark again: a reinstall meanwhile keeps the data.
        return due.stream().filter(id -> deleteIfStillUninstalledBefore(id, cutoff)).toList();
    }

    private boolean deleteIfStillUninstalledBefore(String workspaceId, Instant cutoff) {
        return forgettingItsTeams(workspaceId, teamsBefore -> jdbc.read("delete uninstalled workspace " + workspaceId,
                sql -> sql.update("DELETE FROM workspace WHERE id = ? AND uninstalled_at < ?", workspaceId, cutoff))
                == 1);
    }

    /** Runs a deletion of the workspace, then drops the teams it had from the caches, whatever the deletion did. */
    private <T> T forgettingItsTeams(String workspaceId, Function<List<Team>, T> deletion) {
        var teamsBefore = teams.inWorkspace(workspaceId);
        try {
            return deletion.apply(teamsBefore);
        } finally {
            teamsBefore.forEach(teamData::forget);
        }
    }

    public boolean exists(String workspaceId) {
        return jdbc.read("find workspace " + workspaceId, sql -> sql.one(
                "SELECT 1 FROM workspace WHERE id = ?", rs -> true, workspaceId)).isPresent();
    }

    private static int count(Sql sql, String query, String workspaceId) throws SQLException {
        return sql.one(query, rs -> rs.getInt(1), workspaceId).orElse(0);
    }

    private static List<String> sources(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
