package dev.mlopsguide.rhythm;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Monday to Friday, 09:00 to 17:00, in a time zone: when a reminder may interrupt a team. */
public final class WorkingHours {

    static final LocalTime START = LocalTime.of(9, 0);
    static final LocalTime END = LocalTime.of(17, 0);

    private WorkingHours() {
    }

    /** {@code at} itself when it falls within working hours in {@code zone}, otherwise the next start of them. */
    public static Instant atOrAfter(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        if (isWorkday(local) && !local.toLocalTime().isBefore(START) && local.toLocalTime().isBefore(END)) {
            return at;
        }
        var day = local.toLocalTime().isBefore(START) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        var next = day.atTime(START).atZone(zone);
        while (!isWorkday(next)) {
            next = next.plusDays(1);
        }
        return next.toInstant();
    }

    private static boolean isWorkday(ZonedDateTime local) {
        return local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
