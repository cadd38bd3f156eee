package dev.mlopsguide.digest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * The period a digest covers: an ISO week in a time zone, from Monday 00:00, up to {@code end} (the end of the week,
 * or the moment the digest is written when that is earlier). {@code id} is {@code 2026-W48}.
 */
public record DigestWeek(String id, Instant start, Instant end, ZoneId zone) {

    private static final Pattern ID = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The whole ISO week named {@code 2026-W48}, in the zone. */
    public static DigestWeek parse(String id, ZoneId zone) {
        var matcher = ID.matcher(id);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + id + "' is not an ISO week; write it like 2026-W48");
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        try {
            var monday = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (monday.get(IsoFields.WEEK_BASED_YEAR) != year || week < 1) {
                throw new IllegalArgumentException("'" + id + "' is not a week of " + year);
            }
            return of(monday, zone, null);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + id + "' is not a week of " + year, e);
        }
    }

    /** The week a digest written at {@code at} covers: the week of the day before, up to {@code at}. */
    public static DigestWeek endingAt(Instant at, ZoneId zone) {
        var day = at.atZone(zone).toLocalDate().minusDays(1);
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return of(monday, zone, at);
    }

    /** The week that contains {@code at}, whole. */
    public static DigestWeek containing(Instant at, ZoneId zone) {
        var monday = at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return of(monday, zone, null);
    }

    /** The same week, cut at {@code cut} when that is before its end. */
    public DigestWeek withEnd(Instant cut) {
        return cut.isBefore(end) ? new DigestWeek(id, start, cut, zone) : this;
    }

    public DigestWeek previous() {
        var monday = start.atZone(zone).toLocalDate().minusWeeks(1);
        return of(monday, zone, null);
    }

    private static DigestWeek of(LocalDate monday, ZoneId zone, Instant cut) {
        var start = monday.atStartOfDay(zone).toInstant();
        var end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        int number = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        // Built by hand rather than with String.format: every digest names its chart's eight weeks.
        var id = monday.get(IsoFields.WEEK_BASED_YEAR) + (number < 10 ? "-W0" : "-W") + number;
        return new DigestWeek(id, start, cut != null && cut.isBefore(end) ? cut : end, zone);
    }
}
