package dev.mlopsguide.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A clock that tests set and advance by hand, and the dates of tests' stories.
 *
 * <p>A story is written in 2026 (weekdays, ISO weeks and time-zone rules included) and told years away from
 * today: moved by whole 28-year cycles, which keep every date's weekday and ISO week, to at least ten years
 * before the wall clock's year, or after it when the system property {@value #DIRECTION} is {@code future}. A
 * component that reads the wall clock instead of the clock it was given is then decades off, and its test fails
 * whatever today's date is. {@code .ci/run} runs the tests tagged {@value #TAG} a second time in the future.
 */
public final class TestClock extends Clock {

    /** The tag of tests whose outcome depends on dates. */
    public static final String TAG = "clock";
    public static final String DIRECTION = "mlopsguide.test.clock";
    private static final int CYCLE = 28;
    private static final int STORY_YEAR = 2026;
    private static final int SHIFT_YEARS = shiftYears();

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

    /** A running clock, as far from today as the stories are, for tests where time simply passes. */
    public static Clock running() {
        var wall = Clock.systemUTC();
        var now = ZonedDateTime.now(wall);
        return Clock.offset(wall, Duration.between(now, now.plusYears(SHIFT_YEARS)));
    }

    private static int shiftYears() {
        boolean future = "future".equals(System.getProperty(DIRECTION));
        int wallYear = ZonedDateTime.now(ZoneOffset.UTC).getYear();
        int shift = 0;
        while (future ? STORY_YEAR + shift < wallYear + 10 : STORY_YEAR + shift > wallYear - 10) {
            shift += future ? CYCLE : -CYCLE;
        }
        return shift;
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
