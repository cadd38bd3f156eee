package dev.mlopsguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests on a condition, not on the clock: checked every few milliseconds until it holds or time is up. */
public final class Conditions {

    private Conditions() {
    }

    /** Waits until {@code condition} holds, failing with {@code what} once {@code limit} has passed. */
    public static void await(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + limit.toSeconds() + " s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
