package dev.mlopsguide.store;

import dev.mlopsguide.steps.AdoptedStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** The next steps teams adopted: an owner, a due date and a status each, one per team and step. */
public final class AdoptedSteps {

    private final Jdbc jdbc;
    private final Clock clock;
    private final FollowUps followUps;

    AdoptedSteps(Jdbc jdbc, Clock clock, FollowUps followUps) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.followUps = followUps;
    }

    /**
     * Adopts a step for a team, with the work that follows (creating its issue), or gives an adopted one a new owner
     * and due date, planned again if it was dropped or done; the follow-up work is kept only for a new adoption.
     */
    public AdoptedStep adopt(long teamId, String stepId, Optional<String> questionId, String ownerId, LocalDate dueOn,
                      String by, LongFunction<Optional<FollowUps.FollowUp>> then) {
        var now = clock.instant();
        try {
            long id = jdbc.transaction("adopt step " + stepId + " for team " + teamId, sql -> {
                var existing = sql.one("SELECT id FROM adopted_step WHERE team_id = ? AND step_id = ?",
                        rs -> rs.getLong(1), teamId, stepId);
                if (existing.isPresent()) {
                    sql.update("UPDATE adopted_step SET owner_id = ?, due_on = ?, updated_at = ?, status = CASE WHEN "
                            + "status IN ('done', 'dropped') THEN 'planned' ELSE status END WHERE id = ?",
                            ownerId, dueOn, now, existing.get());
                    return existing.get();
                }
                long created = sql.insert("INSERT INTO adopted_step (team_id, step_id, question_id, owner_id, due_on, "
                        + "status, adopted_by, adopted_at, updated_at) VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, ?)",
                        teamId, stepId, questionId.orElse(null), ownerId, dueOn, by, now, now);
                var work = then.apply(created);
                if (work.isPresent()) {
                    followUps.add(sql, work.get());
                }
                return created;
            });
            return byId(id).orElseThrow();
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // Adopted at the same moment elsewhere (a double submit): theirs is the adoption; give it this owner.
            return adopt(teamId, stepId, questionId, ownerId, dueOn, by, then);
        }
    }

    public Optional<AdoptedStep> byId(long id) {
        return jdbc.read("read adopted step " + id, sql -> sql.one("SELECT * FROM adopted_step WHERE id = ?",
                AdoptedSteps::step, id));
    }

    /** A team's adopted steps: the open ones first, by due date. */
    public List<AdoptedStep> ofTeam(long teamId) {
        return jdbc.read("read the adopted steps of team " + teamId, sql -> sql.list("SELECT * FROM adopted_step "
                + "WHERE team_id = ? ORDER BY CASE WHEN status IN ('planned', 'doing') THEN 0 ELSE 1 END, due_on, id",
                AdoptedSteps::step, teamId));
    }

    /** Every adopted step of a workspace's teams (every workspace's, when empty), by team and due date. */
    public List<AdoptedStep> ofWorkspace(Optional<String> workspaceId) {
        return jdbc.read("read the adopted steps", sql -> workspaceId.isPresent()
                ? sql.list("SELECT s.* FROM adopted_step s JOIN team t ON t.id = s.team_id WHERE t.workspace_id = ? "
                        + "ORDER BY s.team_id, s.due_on, s.id", AdoptedSteps::step, workspaceId.get())
                : sql.list("SELECT * FROM adopted_step ORDER BY team_id, due_on, id", AdoptedSteps::step));
    }

    /**
     * Moves a step to {@code status}, with the work that follows; false when it is already there (a double click).
     */
    public boolean setStatus(long id, AdoptedStep.Status status, Optional<FollowUps.FollowUp> then) {
        return jdbc.transaction("set the status of adopted step " + id, sql -> {
            if (sql.update("UPDATE adopted_step SET status = ?, updated_at = ? WHERE id = ? AND status <> ?",
                    status.id(), clock.instant(), id, status.id()) == 0) {
                return false;
            }
            if (then.isPresent()) {
                followUps.add(sql, then.get());
            }
            return true;
        });
    }

    public void issueCreated(long id, String url) {
        jdbc.read("record the issue of adopted step " + id, sql -> sql.update(
                "UPDATE adopted_step SET issue_url = ? WHERE id = ?", Sql.cut(url, 500), id));
    }

    private static AdoptedStep step(ResultSet rs) throws SQLException {
        return new AdoptedStep(rs.getLong("id"), rs.getLong("team_id"), rs.getString("step_id"),
                Optional.ofNullable(rs.getString("question_id")), rs.getString("owner_id"),
                rs.getObject("due_on", LocalDate.class), AdoptedStep.Status.fromId(rs.getString("status")).orElseThrow(),
                rs.getString("adopted_by"), Sql.instant(rs, "adopted_at"), Sql.instant(rs, "updated_at"),
                Optional.ofNullable(rs.getString("issue_url")));
    }
}
