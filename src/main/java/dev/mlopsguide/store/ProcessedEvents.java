package dev.mlopsguide.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers which Slack events (and request signatures) were handled, so that a retry, a replay or a delivery to
 * another replica is handled once. A local cache answers repeats without a query. Shared by replicas (PostgreSQL),
 * the database decides: first insert wins, before the ack. Used by one process only (an H2 file, which one process
 * holds), the process decides alone: its cache starts with what the database kept from before a restart, and what it
 * sees is written in one transaction every {@link #WRITE_BEHIND}, off the requests' path (a commit per request cost
 * most of an ack). A crash forgets at most that last fraction of a second of it.
 * Events older than the retention are deleted on the way, at most once per retention period: no job needed.
 */
public final class ProcessedEvents implements AutoCloseable {

    /** Slack retries for about five minutes; events are remembered well beyond that. */
    public static final Duration RETENTION = Duration.ofHours(1);
    /** How long a single process keeps what it has seen before writing it, in one transaction. */
    static final Duration WRITE_BEHIND = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(ProcessedEvents.class);
    private static final String INSERT = "INSERT INTO processed_event (event_id, received_at) VALUES (?, ?)";

    private final Jdbc jdbc;
    private final Clock clock;
    /** Written on every request: its upkeep runs on the writing thread, not by waking another one for each request. */
    private final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(RETENTION).maximumSize(100_000)
            .executor(Runnable::run).build();
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);
    /** Writes the records of a single process; absent when replicas share the database. */
    private final Optional<ScheduledExecutorService> writer;
    private final Queue<Object[]> unwritten = new ConcurrentLinkedQueue<>();

    ProcessedEvents(Jdbc jdbc, Clock clock, boolean singleProcess) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = singleProcess ? Optional.of(Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "processed-events");
            thread.setDaemon(true);
            return thread;
        })) : Optional.empty();
        writer.ifPresent(w -> {
            rememberRecent();
            w.scheduleWithFixedDelay(this::writeSeen, WRITE_BEHIND.toMillis(), WRITE_BEHIND.toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    /**
     * Records an event id as being handled. Where replicas share the database, it is seen only once its record is
     * written, so that an event whose record failed is handled when Slack retries it; a single process remembers it
     * at once and writes it shortly after.
     *
     * @return true the first time an event id is seen, by any replica; false for every repeat
     */
    public boolean firstTime(String eventId) {
        if (seen.getIfPresent(eventId) != null) {
            return false;
        }
        if (writer.isPresent()) {
            return firstInThisProcess(eventId);
        }
        try {
            jdbc.read("record event " + eventId, sql -> sql.update(INSERT, eventId, clock.instant()));
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
        // Its record first, if it was waiting (writes are one at a time): the retry must find neither.
        writer.ifPresent(w -> writeSeen());
        jdbc.read("forget event " + eventId, sql -> sql.update("DELETE FROM processed_event WHERE event_id = ?", eventId));
    }

    /** Writes what this process has seen and not written yet, before the database closes. */
    @Override
    public void close() {
        writer.ifPresent(queue -> {
            queue.shutdown();
            try {
                if (!queue.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warn("Closing before the processed events were recorded");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writeSeen();
        });
    }

    /** One process: the cache decides (it holds the records of before a restart); the record is written shortly after. */
    private boolean firstInThisProcess(String eventId) {
        if (seen.asMap().putIfAbsent(eventId, Boolean.TRUE) != null) {
            return false;
        }
        unwritten.add(new Object[] {eventId, clock.instant()});
        return true;
    }

    /** What the process saw before it restarted, within the retention, so that a repeat of it is still a repeat. */
    private void rememberRecent() {
        jdbc.read("read recent processed events", sql -> {
            sql.each("SELECT event_id FROM processed_event WHERE received_at >= ?",
                    rs -> seen.put(rs.getString("event_id"), Boolean.TRUE), clock.instant().minus(RETENTION));
            return null;
        });
    }

    private synchronized void writeSeen() {
        var rows = new ArrayList<Object[]>();
        for (var row = unwritten.poll(); row != null; row = unwritten.poll()) {
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            jdbc.transaction("record " + rows.size() + " processed events", sql -> {
                sql.batch(INSERT, rows);
                return rows.size();
            });
            purgeWhenDue();
        } catch (StoreException e) {
            // The cache still holds them for this process; only a restart within the retention would miss them.
            LOG.warn("Could not record {} processed events: {}", rows.size(), e.getMessage());
        }
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
