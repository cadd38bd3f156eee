package dev.mlopsguide.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Which channels receive which team's weekly digest, and when. */
public final class DigestSubscriptions {

    private final Jdbc jdbc;
    private final Clock clock;

    DigestSubscriptions(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final String RESUBSCRIBE = "UPDATE digest_subscription SET weekday = ?, local_time = ?, "
            + "time_zone = ?, created_by = ?, status = 'active', paused_reason = NULL WHERE team_id = ? AND channel_id = ?";

    /** Subscribes a channel, or changes the schedule of its subscription and makes it active again. */
    public DigestSubscription subscribe(long teamId, String channelId, DayOfWeek weekday, LocalTime time, ZoneId zone,
                                        String by) {
        var schedule = new Object[] {weekday.getValue(), time.toString(), zone.getId(), by, teamId, channelId};
        try {
            jdbc.transaction("subscribe " + channelId + " to the digest", sql -> {
                int updated = sql.update(RESUBSCRIBE, schedule);
                if (updated == 0) {
                    sql.update("INSERT INTO digest_subscription (weekday, local_time, time_zone, created_by, team_id, "
                            + "channel_id, created_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'active')",
                            weekday.getValue(), time.toString(), zone.getId(), by, teamId, channelId, clock.instant());
                }
                return null;
            });
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // The same channel subscribed at the same moment elsewhere: ours is the later schedule.
            jdbc.read("subscribe " + channelId + " to the digest", sql -> sql.update(RESUBSCRIBE, schedule));
        }
        return find(teamId, channelId).orElseThrow();
    }

    public boolean unsubscribe(long teamId, String channelId) {
        return jdbc.read("unsubscribe " + channelId + " from the digest", sql -> sql.update(
                "DELETE FROM digest_subscription WHERE team_id = ? AND channel_id = ?", teamId, channelId)) > 0;
    }

    /** Stops deliveries until the channel subscribes again, remembering why. */
    public void pause(long subscriptionId, String reason) {
        jdbc.read("pause digest subscription " + subscriptionId, sql -> sql.update(
                "UPDATE digest_subscription SET status = 'paused', paused_reason = ? WHERE id = ?", reason, subscriptionId));
    }

    public Optional<DigestSubscription> find(long teamId, String channelId) {
        return jdbc.read("find the digest subscription of " + channelId, sql -> sql.one(
                "SELECT * FROM digest_subscription WHERE team_id = ? AND channel_id = ?",
                DigestSubscriptions::subscription, teamId, channelId));
    }

    public Optional<DigestSubscription> byId(long id) {
        return jdbc.read("read digest subscription " + id, sql -> sql.one(
                "SELECT * FROM digest_subscription WHERE id = ?", DigestSubscriptions::subscription, id));
    }

    public List<DigestSubscription> active() {
        return jdbc.read("list the active digest subscriptions", sql -> sql.list(
                "SELECT * FROM digest_subscription WHERE status = 'active' ORDER BY id", DigestSubscriptions::subscription));
    }

    public List<DigestSubscription> ofTeam(long teamId) {
        return jdbc.read("list the digest subscriptions of team " + teamId, sql -> sql.list(
                "SELECT * FROM digest_subscription WHERE team_id = ? ORDER BY id", DigestSubscriptions::subscription, teamId));
    }

    private static DigestSubscription subscription(ResultSet rs) throws SQLException {
        return new DigestSubscription(rs.getLong("id"), rs.getLong("team_id"), rs.getString("channel_id"),
                DayOfWeek.of(rs.getInt("weekday")), LocalTime.parse(rs.getString("local_time")),
                ZoneId.of(rs.getString("time_zone")), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                "active".equals(rs.getString("status")), Optional.ofNullable(rs.getString("paused_reason")));
    }
}
