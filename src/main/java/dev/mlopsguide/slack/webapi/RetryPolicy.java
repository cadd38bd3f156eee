package dev.mlopsguide.slack.webapi;

import java.time.Duration;

/**
 * How often and how long to retry a Web API call: a 429 waits for its {@code Retry-After}, a 5xx or a network error
 * backs off exponentially; nothing waits longer than {@code maxWait} in all.
 */
public record RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxWait, Sleeper sleeper) {

    /** Waits; replaced in unit tests so that they do not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static final Sleeper THREAD_SLEEP = d -> Thread.sleep(d.toMillis());

    /** For work after the ack: up to 4 tries within 30 seconds. */
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), THREAD_SLEEP);
    }

    /** Before an ack, which Slack needs within 3 seconds: one quick retry, a second at most in all. */
    public static RetryPolicy beforeAck() {
        return new RetryPolicy(2, Duration.ofMillis(200), Duration.ofSeconds(1), THREAD_SLEEP);
    }

    /** For calls that are useless later, such as opening a modal with a trigger that expires in 3 seconds. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, THREAD_SLEEP);
    }

    Duration backoff(int attempt) {
        return baseBackoff.multipliedBy(1L << Math.min(attempt - 1, 10));
    }
}
