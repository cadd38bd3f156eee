package dev.mlopsguide.slack.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Only lower bounds on time are asserted: a pacer can be slower on a busy machine, never faster than its limits. */
class SlackPacerTest {

    private static final Duration MINUTE = Duration.ofMillis(600);
    private static final long WINDOW = MINUTE.toNanos();

    @Test
    void aTierAllowsABurstOfItsBudgetThenWaitsAWindowAfterACallCompleted() throws Exception {
        var pacer = new SlackPacer(MINUTE, new SlackPacer.Budget(100, Duration.ofMillis(10)));
        var completed = Collections.synchronizedList(new ArrayList<Long>());
        var started = Collections.synchronizedList(new ArrayList<Long>());

        // chat.update is Tier 3: 50 a minute.
        var pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 51; i++) {
            pool.submit(() -> pacer.paced("T1", "chat.update", "C1", () -> {
                started.add(System.nanoTime());
                completed.add(System.nanoTime());
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        var sortedStarts = started.stream().sorted().toList();
        long firstCompleted = completed.stream().min(Long::compare).orElseThrow();
        assertThat(sortedStarts).hasSize(51);
        assertThat(sortedStarts.get(50) - firstCompleted).isGreaterThanOrEqualTo(WINDOW);
    }

    @Test
    void postsWaitASecondPerChannelButNotForOtherChannels() throws Exception {
        var pacer = new SlackPacer(MINUTE, new SlackPacer.Budget(100, Duration.ofMillis(10)));
        var times = new ArrayList<Long>();

        for (var channel : List.of("C1", "C1", "C2")) {
            pacer.paced("T1", SlackPacer.POST, channel, () -> times.add(System.nanoTime()));
        }

        // A channel's second is a sixtieth of the pacer's minute.
        assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(WINDOW / 60);
        assertThat(times.get(2)).isGreaterThan(times.get(1));
    }

    @Test
    void aCallInFlightHoldsItsPlaceUntilItCompletes() throws Exception {
        var pacer = new SlackPacer(MINUTE, new SlackPacer.Budget(1, Duration.ofMillis(50)));
        var firstDone = new long[1];
        var secondStarted = new long[1];
        var firstInFlight = new CountDownLatch(1);
        var first = new Thread(() -> {
            try {
                pacer.paced("T1", SlackPacer.POST, "C1", () -> {
                    firstInFlight.countDown();
                    Thread.sleep(100);
                    firstDone[0] = System.nanoTime();
                    return null;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        first.start();
        firstInFlight.await();

        pacer.paced("T1", SlackPacer.POST, "C2", () -> secondStarted[0] = System.nanoTime());
        first.join();

        assertThat(secondStarted[0] - firstDone[0]).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
    }

    @Test
    void methodsWithoutALimitAndOtherWorkspacesAreNotHeldBack() throws Exception {
        var pacer = new SlackPacer(Duration.ofHours(1), new SlackPacer.Budget(1, Duration.ofHours(1)));

        pacer.paced("T1", SlackPacer.POST, "C1", () -> null);
        long start = System.nanoTime();
        pacer.paced("T2", SlackPacer.POST, "C1", () -> null);
        pacer.paced("T1", "users.info", "C1", () -> null);

        assertThat(System.nanoTime() - start).isLessThan(Duration.ofMinutes(30).toNanos());
    }
}
