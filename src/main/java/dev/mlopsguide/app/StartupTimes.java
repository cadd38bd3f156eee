package dev.mlopsguide.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phases of a start-up and how long each took, logged at INFO as they end, so that a slow start says where its
 * time went. Durations come from the monotonic timer, not from the application's clock: they are not dates.
 */
public final class StartupTimes {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTimes.class);

    private final List<String> phases = new ArrayList<>();
    private long lastEnd = System.nanoTime();

    /** Starts with the time before this object existed: the JVM's start and the classes loaded on the way. */
    public StartupTimes() {
        phases.add(String.format(Locale.ROOT, "launch %.1f s", sinceProcessStart()));
    }

    /** A phase that can fail; its time is kept only when it ends. */
    public <T> T phase(String name, Callable<T> work) throws Exception {
        lastEnd = System.nanoTime();
        var result = work.call();
        lap(name);
        return result;
    }

    /** Ends a phase that began where the previous one ended (or where this object was made). */
    public void lap(String name) {
        long now = System.nanoTime();
        long millis = (now - lastEnd) / 1_000_000;
        lastEnd = now;
        LOG.info("Start-up: {} in {} ms", name, millis);
        phases.add(String.format(Locale.ROOT, "%s %.1f s", name, millis / 1000.0));
    }

    /** "database 0.9 s, content 0.2 s, …": the phases so far, in order. */
    public String summary() {
        return String.join(", ", phases);
    }

    /** Seconds since the JVM started, the part before {@code main} (loading the classes it needs) included. */
    public static double sinceProcessStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }
}
