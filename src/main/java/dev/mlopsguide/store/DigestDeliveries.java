package dev.mlopsguide.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The record of digests sent. A delivery is claimed (a row inserted under the primary key (subscription, week))
 * before anything is posted, so that exactly one replica, one time, posts each week's digest.
 */
public final class DigestDeliveries {

    /** A claim older than this that is still neither sent nor failed belongs to a replica that died. */
    public static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private final Jdbc jdbc;
    private final Clock clock;

    DigestDeliveries(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The outcome of a claim on a week's digest. */
    public enum Claim {
        /** The first attempt: nothing was posted. */
        FIRST,
        /** An earlier attempt failed or died, perhaps after its post took effect: look for the digest first. */
        AGAIN,
        /** Sent, or another attempt is posting it now. */
        TAKEN
    }

    /**
     * Claims the right to post a week's digest: the first claim wins, and so does a claim after a failed attempt,
     * or after a claim that neither succeeded nor failed within {@link #STALE_CLAIM} (its replica died).
     */
    public Claim claim(long subscriptionId, String week) {
        var now = clock.instant();
        try {
            jdbc.read("claim the digest of " + week, sql -> sql.update(
                    "INSERT INTO digest_delivery (subscription_id, week, status, claimed_at) VALUES (?, ?, 'claimed', ?)",
                    subscriptionId, week, now));
            return Claim.FIRST;
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
        }
        int reclaimed = jdbc.read("reclaim the digest of " + week, sql -> sql.update(
                "UPDATE digest_delivery SET status = 'claimed', claimed_at = ?, error = NULL WHERE subscription_id = ? "
                        + "AND week = ? AND (status = 'failed' OR (status = 'claimed' AND claimed_at < ?))",
                now, subscriptionId, week, now.minus(STALE_CLAIM)));
        return reclaimed == 1 ? Claim.AGAIN : Claim.TAKEN;
    }

    public void sent(long subscriptionId, String week, String messageTs) {
        jdbc.read("record the digest of " + week + " as sent", sql -> sql.update(
                "UPDATE digest_delivery SET status = 'sent', sent_at = ?, message_ts = ?, error = NULL "
                        + "WHERE subscription_id = ? AND week = ?", clock.instant(), messageTs, subscriptionId, week));
    }

    public void failed(long subscriptionId, String week, String error) {
        jdbc.read("record the digest of " + week + " as failed", sql -> sql.update(
                "UPDATE digest_delivery SET status = 'failed', error = ? WHERE subscription_id = ? AND week = ?",
                error, subscriptionId, week));
    }

    public Optional<DigestDelivery> find(long subscriptionId, String week) {
        return jdbc.read("read the digest of " + week, sql -> sql.one(
                "SELECT * FROM digest_delivery WHERE subscription_id = ? AND week = ?", DigestDeliveries::delivery,
                subscriptionId, week));
    }

    public List<DigestDelivery> ofSubscription(long subscriptionId) {
        return jdbc.read("list the digests of subscription " + subscriptionId, sql -> sql.list(
                "SELECT * FROM digest_delivery WHERE subscription_id = ? ORDER BY week", DigestDeliveries::delivery,
                subscriptionId));
    }

    private static DigestDelivery delivery(ResultSet rs) throws SQLException {
        return new DigestDelivery(rs.getLong("subscription_id"), rs.getString("week"),
                DigestDelivery.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                Sql.instant(rs, "claimed_at"), Optional.ofNullable(Sql.instant(rs, "sent_at")),
                Optional.ofNullable(rs.getString("message_ts")), Optional.ofNullable(rs.getString("error")));
    }
}
