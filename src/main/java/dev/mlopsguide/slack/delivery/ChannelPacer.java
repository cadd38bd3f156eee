package dev.mlopsguide.slack.delivery;

import dev.mlopsguide.slack.webapi.RetryPolicy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Paces messages: at most one per {@code perChannel} in any channel (Slack allows about one a second), and at most
 * {@code workspacePerSecond} across the workspace. Callers wait their turn; turns are handed out fairly, in order.
 */
public final class ChannelPacer {

    private final long perChannelNanos;
    private final long workspaceGapNanos;
    private final RetryPolicy.Sleeper sleeper;
    private final Map<String, Long> nextInChannel = new HashMap<>();
    private long nextInWorkspace = Long.MIN_VALUE;

    public ChannelPacer(Duration perChannel, double workspacePerSecond, RetryPolicy.Sleeper sleeper) {
        this.perChannelNanos = perChannel.toNanos();
        this.workspaceGapNanos = (long) (1_000_000_000L / workspacePerSecond);
        this.sleeper = sleeper;
    }

    /** Slack's pace: a message a second per channel, and 20 a second across the workspace. */
    public static ChannelPacer slack() {
        return new ChannelPacer(Duration.ofSeconds(1), 20, RetryPolicy.THREAD_SLEEP);
    }

    /** Waits until a message may be posted in {@code channel}. */
    public void await(String channel) throws InterruptedException {
        long now = System.nanoTime();
        long slot;
        synchronized (this) {
            slot = Math.max(now, Math.max(nextInChannel.getOrDefault(channel, Long.MIN_VALUE), nextInWorkspace));
            nextInChannel.put(channel, slot + perChannelNanos);
            nextInWorkspace = slot + workspaceGapNanos;
        }
        if (slot > now) {
            sleeper.sleep(Duration.ofNanos(slot - now));
        }
    }
}
