package dev.mlopsguide.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.Conditions;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker over a real database: work runs once, is retried, given up, and survives its replica. */
class FollowUpWorkerTest {

    /** Polling so slow that only a wake-up can explain work taken at once. */
    private static final FollowUpWorker.Timing NO_POLLING = new FollowUpWorker.Timing(Duration.ofHours(1),
            Duration.ofSeconds(30));
    private static final FollowUps.FollowUp WORK = new FollowUps.FollowUp("test.work", "{\"n\":1}");

    @TempDir
    Path temp;

    private final TestClock clock = TestClock.atStory("2026-11-02T09:00:00Z");
    private Store store;
    private FollowUpWorker worker;
    private final List<FollowUps.Taken> runs = new CopyOnWriteArrayList<>();
    private final List<String> toldOf = new CopyOnWriteArrayList<>();
    private final Metrics metrics = new Metrics();

    @BeforeEach
    void setUp() {
        store = Store.open(DatabaseSettings.h2(temp), clock);
    }

    @AfterEach
    void tearDown() {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(5));
        }
        store.close();
    }

    @Test
    void workAddedIsTakenAtOnceRunOnceAndForgotten() throws Exception {
        start(handler(work -> { }));

        store.followUps().add(WORK);

        // The work is marked done, then counted: wait for the count.
        await(() -> runs.size() == 1 && store.followUps().pending() == 0
                && metrics.scrape().contains("follow_ups_total{kind=\"test.work\",outcome=\"done\"} 1.0"));
        assertThat(runs.get(0).payload()).isEqualTo("{\"n\":1}");
        assertThat(runs.get(0).isRetry()).isFalse();
        assertThat(metrics.scrape()).contains("follow_ups_pending 0.0");
    }

    @Test
    void workThatFailsIsTriedAgainAfterAPauseThenGivenUpAndTold() throws Exception {
        start(handler(work -> {
            throw new IllegalStateException("Slack is down");
        }));
        store.followUps().add(WORK);

        for (int attempt = 1; attempt < FollowUpWorker.MAX_ATTEMPTS; attempt++) {
            int expected = attempt;
            await(() -> runs.size() == expected && store.followUps().nextDue().orElseThrow().isAfter(clock.instant()));
            assertThat(store.followUps().nextDue()).hasValue(clock.instant().plus(FollowUpWorker.pause(attempt)));
            clock.advance(FollowUpWorker.pause(attempt));
            worker.wake();
        }

        // The failure is recorded, then the asker told: wait for the telling.
        await(() -> !store.followUps().failures().isEmpty() && !toldOf.isEmpty());
        assertThat(runs).hasSize(FollowUpWorker.MAX_ATTEMPTS);
        assertThat(runs).extracting(FollowUps.Taken::attempt).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(store.followUps().failures()).singleElement()
                .satisfies(f -> assertThat(f.error()).isEqualTo("Slack is down"));
        assertThat(toldOf).containsExactly("Slack is down");
    }

    @Test
    void aPermanentFailureIsGivenUpAtOnce() throws Exception {
        start(new FollowUpWorker.Handler() {
            @Override
            public void run(FollowUps.Taken work) {
                runs.add(work);
                throw new IllegalArgumentException("channel_not_found");
            }

            @Override
            public boolean isPermanent(Exception failure) {
                return true;
            }
        });
        store.followUps().add(WORK);

        await(() -> !store.followUps().failures().isEmpty());
        assertThat(runs).hasSize(1);
    }

    @Test
    void workHeldByAReplicaThatDiedIsTakenAgainOnceItsLeaseLapses() throws Exception {
        store.followUps().add(WORK);
        assertThat(store.followUps().take("dead-replica", 1, Duration.ofSeconds(30))).hasSize(1);
        start(handler(work -> { }));

        worker.wake();
        assertThat(store.followUps().pending()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(31));
        worker.wake();

        await(() -> runs.size() == 1 && store.followUps().pending() == 0);
        assertThat(runs.get(0).isRetry()).isTrue();
    }

    @Test
    void aStopHandsBackTheWorkItCutOffForTheNextStart() throws Exception {
        var running = new CountDownLatch(1);
        start(handler(work -> {
            running.countDown();
            Thread.sleep(60_000);
        }));
        store.followUps().add(WORK);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        worker.stop(Duration.ofMillis(200));
        worker = null;

        assertThat(store.followUps().pending()).isEqualTo(1);
        runs.clear();
        start(handler(work -> { }));
        worker.wake();
        await(() -> runs.size() == 1 && store.followUps().pending() == 0);
        assertThat(runs.get(0).attempt()).isEqualTo(2);
    }

    /** Work that may throw, as handlers do. */
    private interface Body {
        void run(FollowUps.Taken work) throws Exception;
    }

    private FollowUpWorker.Handler handler(Body body) {
        return new FollowUpWorker.Handler() {
            @Override
            public void run(FollowUps.Taken work) throws Exception {
                runs.add(work);
                body.run(work);
            }

            @Override
            public void gaveUp(FollowUps.Taken work, Exception failure) {
                toldOf.add(failure.getMessage());
            }
        };
    }

    private void start(FollowUpWorker.Handler handler) {
        worker = new FollowUpWorker(store.followUps(), Map.of(WORK.kind(), handler), clock, NO_POLLING, 2, metrics).start();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Conditions.await(Duration.ofSeconds(10), "condition met", condition);
    }
}
