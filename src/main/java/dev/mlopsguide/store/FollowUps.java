package dev.mlopsguide.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Work promised in an ack, kept until it is done. It is added in the transaction of the state change it follows (or
 * alone, when the request itself is all there is), taken under a lease by the replica that runs it, and deleted once
 * done. A lease that is neither renewed nor given back (the replica died) lapses, and any replica takes the work
 * again; work that fails is tried again later, and work that fails for good stays with its error.
 */
public final class FollowUps {

    /** What to do: a kind the worker knows, and what it needs, as JSON. */
    public record FollowUp(String kind, String payload) {
    }

    /**
     * Work taken to be run now. {@code attempt} counts from 1; a later attempt may find part of the work done by an
     * earlier one that was cut off.
     */
    public record Taken(long id, String kind, String payload, int attempt, Instant createdAt) {
        public boolean isRetry() {
            return attempt > 1;
        }
    }

    /** Work that failed for good, for the operator. */
    public record Failed(long id, String kind, Instant createdAt, int attempts, String error) {
    }

    private static final int ERROR_LENGTH = 500;

    private final Jdbc jdbc;
    private final Clock clock;
    private volatile Runnable onAdded = () -> { };

    FollowUps(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Called after each commit that added work, so that a worker in this process takes it at once. */
    public void onAdded(Runnable listener) {
        this.onAdded = listener;
    }

    /** Adds work in a transaction of its own: the request it follows changed nothing else. */
    public long add(FollowUp work) {
        return jdbc.read("keep the work to " + work.kind(), sql -> add(sql, work));
    }

    /** Adds work in the caller's transaction, so that it is kept exactly when the caller's change is. */
    long add(Sql sql, FollowUp work) throws SQLException {
        var now = clock.instant();
        long id = sql.insert("INSERT INTO follow_up (kind, payload, status, created_at, due_at, attempts) "
                + "VALUES (?, ?, 'pending', ?, ?, 0)", work.kind(), work.payload(), now, now);
        sql.afterCommit(() -> onAdded.run());
        return id;
    }

    /**
     * Takes up to {@code max} pieces of due work that no live lease holds, under a lease for {@code owner}. Two
     * replicas may read the same candidates; the conditional update lets exactly one of them take each.
     */
    public List<Taken> take(String owner, int max, Duration lease) {
        if (max <= 0) {
            return List.of();
        }
        var now = clock.instant();
        var candidates = jdbc.read("look for due work", sql -> sql.list(
                "SELECT id FROM follow_up WHERE status = 'pending' AND due_at <= ? "
                        + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY due_at, id FETCH FIRST " + (max * 2)
                        + " ROWS ONLY", rs -> rs.getLong(1), now, now));
        var taken = new ArrayList<Taken>();
        for (long id : candidates) {
            if (taken.size() == max) {
                break;
            }
            jdbc.transaction("take work " + id, sql -> {
                if (sql.update("UPDATE follow_up SET leased_by = ?, lease_until = ?, attempts = attempts + 1 "
                        + "WHERE id = ? AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)",
                        owner, now.plus(lease), id, now) == 1) {
                    sql.one("SELECT * FROM follow_up WHERE id = ?", FollowUps::taken, id).ifPresent(taken::add);
                }
                return null;
            });
        }
        return taken;
    }

    /** Keeps holding work that is still running. */
    public void renew(String owner, Collection<Long> ids, Duration lease) {
        var until = clock.instant().plus(lease);
        jdbc.transaction("renew the lease on running work", sql -> {
            for (long id : ids) {
                sql.update("UPDATE follow_up SET lease_until = ? WHERE id = ? AND leased_by = ?", until, id, owner);
            }
            return null;
        });
    }

    public void done(long id) {
        jdbc.read("forget work " + id + " done", sql -> sql.update("DELETE FROM follow_up WHERE id = ?", id));
    }

    /** Gives the work back to be tried again at {@code at}. */
    public void retryAt(long id, Instant at, String error) {
        jdbc.read("put work " + id + " back", sql -> sql.update(
                "UPDATE follow_up SET due_at = ?, leased_by = NULL, lease_until = NULL, last_error = ? WHERE id = ?",
                at, Sql.cut(error, ERROR_LENGTH), id));
    }

    /** Gives back work that was not run, or cut off, so that the next replica takes it at once. */
    public void handBack(String owner, Collection<Long> ids) {
        jdbc.transaction("hand back work", sql -> {
            for (long id : ids) {
                sql.update("UPDATE follow_up SET leased_by = NULL, lease_until = NULL WHERE id = ? AND leased_by = ?",
                        id, owner);
            }
            return null;
        });
    }

    public void failed(long id, String error) {
        jdbc.read("record work " + id + " as failed", sql -> sql.update(
                "UPDATE follow_up SET status = 'failed', leased_by = NULL, lease_until = NULL, last_error = ? "
                        + "WHERE id = ?", Sql.cut(error, ERROR_LENGTH), id));
    }

    /** How much work waits or runs: what a stop leaves for later is counted here. */
    public int pending() {
        return jdbc.read("count pending work", sql -> sql.one(
                "SELECT COUNT(*) FROM follow_up WHERE status = 'pending'", rs -> rs.getInt(1))).orElse(0);
    }

    public List<Failed> failures() {
        return jdbc.read("list failed work", sql -> sql.list(
                "SELECT id, kind, created_at, attempts, last_error FROM follow_up WHERE status = 'failed' ORDER BY id",
                rs -> new Failed(rs.getLong(1), rs.getString(2), Sql.instant(rs, "created_at"), rs.getInt(4),
                        rs.getString(5))));
    }

    public Optional<Instant> nextDue() {
        return jdbc.read("find the next due work", sql -> sql.one(
                "SELECT MIN(due_at) AS due FROM follow_up WHERE status = 'pending'", rs -> Sql.instant(rs, "due")));
    }

    private static Taken taken(ResultSet rs) throws SQLException {
        return new Taken(rs.getLong("id"), rs.getString("kind"), rs.getString("payload"), rs.getInt("attempts"),
                Sql.instant(rs, "created_at"));
    }
}
