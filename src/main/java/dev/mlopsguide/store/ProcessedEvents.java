package dev.mlopsguide.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers which Slack events were handled, so that a retry or a delivery to another replica is handled once.
 * The database decides (first insert wins); a local cache answers repeats without a query. Events older than the
 * retention are deleted on the way, by each replica at most once per retention period: no job needed.
 */
public final class ProcessedEvents {

    /** Slack retries for about five minutes; events are remembered well beyond that. */
    public static final Duration RETENTION = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ProcessedEvents.class);

    private final Jdbc jdbc;
    private final Clock clock;
    private final Cache<String, Boolean> seen =
            Caffeine.newBuilder().expireAfterWrite(RETENTION).maximumSize(100_000).build();
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    ProcessedEvents(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an event id as being handled; it is seen only once the record is written, so that an event whose
     * record failed is handled when Slack retries it.
     *
     * @return true the first time an event id is seen, by any replica; false for every repeat
     */
    public boolean firstTime(String eventId) {
        if (seen.getIfPresent(eventId) != null) {
            return false;
        }
        try {
            jdbc.read("record event " + eventId, sql -> sql.update(
                    "INSERT INTO processed_event (event_id, received_at) VALUES (?, ?)", eventId, clock.instant()));
            seen.put(eventId, Boolean.TRUE);
            purgeWhenDue();
            return true;
        } catch (StoreException e) {
            if (Jdbc.isUniqueViolation(e)) {
                seen.put(eventId, Boolean.TRUE);
                return false;
            }
            throw e;
        }
    }

    /** Forgets an event whose handling failed before it was acknowledged, so that Slack's retry is handled. */
    public void forget(String eventId) {
        seen.invalidate(eventId);
        jdbc.read("forget event " + eventId, sql -> sql.update("DELETE FROM processed_event WHERE event_id = ?", eventId));
    }

    private void purgeWhenDue() {
        var now = clock.instant();
        var due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(RETENTION))) {
            return;
        }
        try {
            jdbc.read("purge processed events", sql -> sql.update(
                    "DELETE FROM processed_event WHERE received_at < ?", now.minus(RETENTION)));
        } catch (StoreException e) {
            // The event itself was recorded; old rows wait for the next purge.
            LOG.warn("Could not delete old processed events: {}", e.getMessage());
        }
    }
}
