package dev.mlopsguide.slack.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paces Web API calls to Slack's rate limits, so that none is refused: each method's tier, per workspace (Tier 3: 50
 * calls a minute, Tier 4: 100), and chat.postMessage at one message a second per channel and a pace across the
 * workspace. A call holds its place in a window from when it starts until a window after it completes: Slack counts a
 * call when it arrives, which is in between, so a call slowed on the way can never make the next one look early.
 * Bursts up to a budget are allowed, as Slack allows them.
 */
public final class SlackPacer {

    /** At most {@code calls} in any {@code window}. */
    public record Budget(int calls, Duration window) {
    }

    public static final String POST = "chat.postMessage";

    /**
     * Calls a minute per workspace of the methods the app makes in bulk (Slack's tiers: chat.update and
     * conversations.* are Tier 3, the two-step file upload Tier 4).
     */
    public static final Map<String, Integer> PER_MINUTE = Map.of(
            "chat.update", 50, "conversations.history", 50, "conversations.replies", 50, "conversations.open", 50,
            "files.getUploadURLExternal", 100, "files.completeUploadExternal", 100);

    /** A Web API call to make in its turn; it may wait too. */
    @FunctionalInterface
    public interface Call<T, E extends Exception> {
        T make() throws E, InterruptedException;
    }

    private static final class Place {
        long completed = Long.MAX_VALUE;
    }

    private final Duration minute;
    private final Budget postsPerWorkspace;
    private final Budget postsPerChannel;
    private final Map<String, Deque<Place>> windows = new HashMap<>();

    /**
     * {@code minute}: the length of a minute in the tiers (shorter in tests, which play Slack faster);
     * {@code postsPerWorkspace}: chat.postMessage across a workspace; a channel takes one post a second of
     * {@code minute}'s scale.
     */
    public SlackPacer(Duration minute, Budget postsPerWorkspace) {
        this.minute = minute;
        this.postsPerWorkspace = postsPerWorkspace;
        this.postsPerChannel = new Budget(1, minute.dividedBy(60));
    }

    /** Slack's pace: the tiers by the minute, a message a second per channel, 20 a second across the workspace. */
    public static SlackPacer slack() {
        return new SlackPacer(Duration.ofMinutes(1), new Budget(20, Duration.ofSeconds(1)));
    }

    /**
     * Makes {@code call} once {@code method} may be called in {@code workspace} (and, for a post, in {@code channel}),
     * holding its place until it completes.
     */
    public <T, E extends Exception> T paced(String workspace, String method, String channel, Call<T, E> call)
            throws E, InterruptedException {
        return paced(workspace, List.of(method), channel, call);
    }

    /**
     * As {@link #paced(String, String, String, Call)} for a call made of several methods, one after the other (a file
     * upload's two steps): it takes its place in every method's window at once, so that it never stops half-way
     * holding a place in one window while it waits for another.
     */
    public <T, E extends Exception> T paced(String workspace, List<String> methods, String channel, Call<T, E> call)
            throws E, InterruptedException {
        var limits = new ArrayList<Map.Entry<String, Budget>>();
        methods.forEach(method -> limits.addAll(limits(workspace, method, channel)));
        var place = take(limits);
        try {
            return call.make();
        } finally {
            completed(place);
        }
    }

    private synchronized Place take(List<Map.Entry<String, Budget>> limits) throws InterruptedException {
        var place = new Place();
        while (true) {
            long now = System.nanoTime();
            long freeAt = now;
            for (var limit : limits) {
                freeAt = Math.max(freeAt, freeAt(limit.getKey(), limit.getValue(), now));
            }
            if (freeAt == now) {
                limits.forEach(limit -> windows.computeIfAbsent(limit.getKey(), k -> new ArrayDeque<>()).add(place));
                return place;
            }
            // A window full of calls in flight frees when one completes (notified); otherwise when one expires.
            wait(freeAt == Long.MAX_VALUE ? 0 : Math.max(1, (freeAt - now + 999_999) / 1_000_000));
        }
    }

    private synchronized void completed(Place place) {
        place.completed = System.nanoTime();
        notifyAll();
    }

    /** When the window under {@code key} has room: now, a later time, or never until a call completes (MAX_VALUE). */
    private long freeAt(String key, Budget budget, long now) {
        var window = windows.get(key);
        if (window == null) {
            return now;
        }
        long span = budget.window().toNanos();
        window.removeIf(p -> p.completed != Long.MAX_VALUE && now - p.completed >= span);
        if (window.isEmpty()) {
            windows.remove(key);
        }
        if (window.size() < budget.calls()) {
            return now;
        }
        long earliest = Long.MAX_VALUE;
        for (var place : window) {
            if (place.completed != Long.MAX_VALUE) {
                earliest = Math.min(earliest, place.completed + span);
            }
        }
        return earliest;
    }

    private List<Map.Entry<String, Budget>> limits(String workspace, String method, String channel) {
        var limits = new ArrayList<Map.Entry<String, Budget>>();
        if (method.equals(POST)) {
            limits.add(Map.entry(workspace + " " + POST, postsPerWorkspace));
            limits.add(Map.entry(workspace + " " + POST + " " + channel, postsPerChannel));
        } else if (PER_MINUTE.containsKey(method)) {
            limits.add(Map.entry(workspace + " " + method, new Budget(PER_MINUTE.get(method), minute)));
        }
        return limits;
    }
}
