package dev.mlopsguide.rhythm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What an open team thread needs at a moment: a reminder a day and three days after it started (within working
 * hours in the team's time zone), and closing by itself once it has been open {@code closeAfter}.
 */
public final class ThreadRhythm {

    /** When the reminders are due, counted from the start of the thread. */
    public static final List<Duration> REMINDERS = List.of(Duration.ofHours(24), Duration.ofHours(72));
    public static final Duration DEFAULT_CLOSE_AFTER = Duration.ofDays(7);

    /** What is due: nothing, a reminder (numbered from 1), or closing the thread. */
    public sealed interface Due {
    }

    public record Nothing() implements Due {
    }

    public record Remind(int number) implements Due {
    }

    public record Close() implements Due {
    }

    private ThreadRhythm() {
    }

    /** What a thread started at {@code startedAt}, with {@code remindersSent} so far, needs at {@code now}. */
    public static Due due(Instant startedAt, int remindersSent, ZoneId zone, Duration closeAfter, Instant now) {
        var closesAt = closesAt(startedAt, closeAfter);
        if (!now.isBefore(closesAt)) {
            return new Close();
        }
        var next = nextReminder(startedAt, remindersSent, zone);
        return next.filter(at -> !now.isBefore(at) && at.isBefore(closesAt)).<Due>map(at -> new Remind(remindersSent + 1))
                .orElse(new Nothing());
    }

    public static Instant closesAt(Instant startedAt, Duration closeAfter) {
        return startedAt.plus(closeAfter);
    }

    /** When the next reminder goes, if one is left. */
    static Optional<Instant> nextReminder(Instant startedAt, int remindersSent, ZoneId zone) {
        if (remindersSent >= REMINDERS.size()) {
            return Optional.empty();
        }
        return Optional.of(WorkingHours.atOrAfter(startedAt.plus(REMINDERS.get(remindersSent)), zone));
    }
}
