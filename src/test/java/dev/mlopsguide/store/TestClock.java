package dev.mlopsguide.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A clock that tests set and advance by hand, and the dates of tests' stories.
 *
 * <p>A story is written in 2026 (weekdays, ISO weeks and time-zone rules included) and told years away from
 * today, in a year with the same calendar (the same weekday on 1 January, leap or not), so that every date keeps
 * its weekday and ISO week: at least ten years before the wall clock's year, or, when the system property
 * {@value #DIRECTION} is {@code future}, at least five years after it and before 2038 (Bolt reads an event's
 * {@code event_time} as a 32-bit int). A component that reads the wall clock instead of the clock it was given is
 * then years off, and its test fails whatever today's date is. {@code .ci/run} runs the tests tagged {@value #TAG}
 * a second time in the future.
 */
public final class TestClock extends Clock {

    /** The tag of tests whose outcome depends on dates. */
    public static final String TAG = "clock";
    public static final String DIRECTION = "mlopsguide.test.clock";
    /** The system property that hands a run's {@link #running()} offset to the processes it starts. */
    private static final String RUNNING_OFFSET = "mlopsguide.test.running-offset";
    private static final int STORY_YEAR = 2026;
    /** The last year whose seconds fit the int that Bolt parses {@code event_time} into. */
    private static final int LAST_FUTURE_YEAR = 2037;
    private static final int SHIFT_YEARS = shiftYears();
    /** When the {@link #running()} clocks start: a Wednesday noon, in the middle of an ISO week. */
    private static final String RUNNING_FROM = "2026-12-02T12:00:00Z";

    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    /** A clock stopped at a moment of the story. */
    public static TestClock atStory(String instant) {
        return new TestClock(story(instant));
    }

    /** A moment of a story written in 2026 ({@code 2026-11-25T12:00:00Z}), told in the test's years. */
    public static Instant story(String instant) {
        return ZonedDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC).plusYears(SHIFT_YEARS).toInstant();
    }

    /** A year of the story, told in the test's years (for expected texts such as ISO week ids). */
    public static int storyYear(int year) {
        return year + SHIFT_YEARS;
    }

    /**
     * A running clock for tests where time simply passes. Every one of them in a run agrees: each started, when the
     * first was asked for, at {@link #RUNNING_FROM} of the story, so that no test depends on the weekday or hour it
     * runs at (a digest written on a Monday covers the week before, which a test assessed "now" is not in). A process
     * the run starts is given the offset with {@link #runningOffsetProperty()}.
     */
    public static Clock running() {
        return Clock.offset(Clock.systemUTC(), RunningOffset.OFFSET);
    }

    /** The command line option that gives a child process this run's running clocks. */
    public static String runningOffsetProperty() {
        return "-D" + RUNNING_OFFSET + "=" + RunningOffset.OFFSET;
    }

    /** Computed once, on first use, so that clocks asked for at different moments agree; or given by the parent process. */
    private static final class RunningOffset {
        static final Duration OFFSET = System.getProperty(RUNNING_OFFSET) != null ? Duration.parse(System.getProperty(RUNNING_OFFSET))
                : Duration.between(Clock.systemUTC().instant(), story(RUNNING_FROM));
    }

    private static int shiftYears() {
        int wallYear = ZonedDateTime.now(ZoneOffset.UTC).getYear();
        if (!"future".equals(System.getProperty(DIRECTION))) {
            int year = wallYear - 10;
            while (!sameCalendar(year)) {
                year--;
            }
            return year - STORY_YEAR;
        }
        int year = wallYear + 5;
        while (!sameCalendar(year)) {
            year++;
        }
        if (year > LAST_FUTURE_YEAR) {
            throw new IllegalStateException("no year like " + STORY_YEAR + " between " + (wallYear + 5) + " and "
                    + LAST_FUTURE_YEAR + ": Bolt's event_time would overflow");
        }
        return year - STORY_YEAR;
    }

    private static boolean sameCalendar(int year) {
        return Year.isLeap(year) == Year.isLeap(STORY_YEAR)
                && LocalDate.of(year, 1, 1).getDayOfWeek() == LocalDate.of(STORY_YEAR, 1, 1).getDayOfWeek();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use UTC");
    }
}
