package dev.mlopsguide.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * How often each team is invited to re-assess, in months (0: never), and when it last was. A team that chose nothing
 * is invited every {@value #DEFAULT_MONTHS} months after its latest assessment.
 */
public final class Cadences {

    public static final int DEFAULT_MONTHS = 3;

    /**
     * A channel team's rhythm: {@code stored} when the team has a row (chose a cadence, or was invited before), and the
     * time of its latest assessment.
     */
    public record Rhythm(long teamId, int months, boolean stored, Optional<Instant> lastInvitedAt,
                         Instant lastAssessedAt) {

        /** When the next check-in is due: a cadence after the later of the latest assessment and invitation. */
        public Optional<Instant> dueAt() {
            if (months == 0) {
                return Optional.empty();
            }
            var from = lastInvitedAt.filter(invited -> invited.isAfter(lastAssessedAt)).orElse(lastAssessedAt);
            return Optional.of(from.atZone(ZoneOffset.UTC).plusMonths(months).toInstant());
        }
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final FollowUps followUps;

    Cadences(Jdbc jdbc, Clock clock, FollowUps followUps) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.followUps = followUps;
    }

    public int months(long teamId) {
        return jdbc.read("read the cadence of team " + teamId, sql -> sql.one(
                "SELECT months FROM team_cadence WHERE team_id = ?", rs -> rs.getInt(1), teamId)).orElse(DEFAULT_MONTHS);
    }

    public void set(long teamId, int months, String by) {
        try {
            jdbc.transaction("set the cadence of team " + teamId, sql -> {
                if (sql.update("UPDATE team_cadence SET months = ?, set_by = ? WHERE team_id = ?", months, by, teamId) == 0) {
                    sql.update("INSERT INTO team_cadence (team_id, months, set_by) VALUES (?, ?, ?)", teamId, months, by);
                }
                return null;
            });
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // Set at the same moment elsewhere, for a team that had no row: the later change wins.
            jdbc.read("set the cadence of team " + teamId, sql -> sql.update(
                    "UPDATE team_cadence SET months = ?, set_by = ? WHERE team_id = ?", months, by, teamId));
        }
    }

    /** The rhythm of every assessed channel team of an installed workspace. */
    public List<Rhythm> assessedChannelTeams() {
        return jdbc.read("read the teams' rhythms", sql -> sql.list(
                "SELECT t.id, c.team_id AS stored, c.months, c.last_invited_at, MAX(a.taken_at) AS last_assessed "
                        + "FROM team t JOIN workspace w ON w.id = t.workspace_id JOIN assessment a ON a.team_id = t.id "
                        + "LEFT JOIN team_cadence c ON c.team_id = t.id "
                        + "WHERE t.kind = 'channel' AND w.uninstalled_at IS NULL "
                        + "GROUP BY t.id, c.team_id, c.months, c.last_invited_at ORDER BY t.id",
                rs -> {
                    boolean stored = rs.getObject("stored") != null;
                    return new Rhythm(rs.getLong("id"), stored ? rs.getInt("months") : DEFAULT_MONTHS, stored,
                            Optional.ofNullable(Sql.instant(rs, "last_invited_at")), Sql.instant(rs, "last_assessed"));
                }));
    }

    /**
     * Takes the team's due check-in, with the work of starting it, if nobody (another replica, an earlier run) took
     * it since {@code rhythm} was read: true for exactly one caller.
     */
    public boolean claimInvitation(Rhythm rhythm, FollowUps.FollowUp then) {
        var now = clock.instant();
        try {
            return jdbc.transaction("invite team " + rhythm.teamId() + " to check in", sql -> {
                int claimed;
                if (!rhythm.stored()) {
                    claimed = sql.update("INSERT INTO team_cadence (team_id, months, last_invited_at) VALUES (?, ?, ?)",
                            rhythm.teamId(), rhythm.months(), now);
                } else if (rhythm.lastInvitedAt().isEmpty()) {
                    claimed = sql.update("UPDATE team_cadence SET last_invited_at = ? WHERE team_id = ? "
                            + "AND last_invited_at IS NULL", now, rhythm.teamId());
                } else {
                    claimed = sql.update("UPDATE team_cadence SET last_invited_at = ? WHERE team_id = ? "
                            + "AND last_invited_at = ?", now, rhythm.teamId(), rhythm.lastInvitedAt().get());
                }
                if (claimed == 1) {
                    followUps.add(sql, then);
                }
                return claimed == 1;
            });
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            return false;
        }
    }
}
