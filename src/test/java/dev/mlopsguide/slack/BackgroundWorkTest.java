package dev.mlopsguide.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pool for work after acks: bounded, and honest on stop about what it finished and what it left. */
class BackgroundWorkTest {

    @Test
    void aFullQueueRefusesWorkInsteadOfGrowing() {
        var release = new CountDownLatch(1);
        var work = new BackgroundWork(1, 1);
        try {
            assertThat(work.submit("block", () -> await(release))).isTrue();
            assertThat(work.submit("queued", () -> { })).isTrue();
            assertThat(work.submit("one too many", () -> { })).isFalse();
        } finally {
            release.countDown();
            work.close();
        }
    }

    @Test
    void stoppingSaysWhatWasInterruptedAndWhatNeverStarted() {
        var started = new CountDownLatch(1);
        var ran = new AtomicInteger();
        var work = new BackgroundWork(1, 10);
        work.submit("run until interrupted", () -> {
            started.countDown();
            await(new CountDownLatch(1));
        });
        work.submit("never started", ran::incrementAndGet);
        work.submit("never started either", ran::incrementAndGet);
        await(started);

        List<String> lines;
        try (var logs = new LogCapture()) {
            work.shutdown(Duration.ofMillis(100));
            lines = logs.lines();
        }

        assertThat(ran).hasValue(0);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("work left: 1 task(s) interrupted while running, 2 never started"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
