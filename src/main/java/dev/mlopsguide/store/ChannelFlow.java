package dev.mlopsguide.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A team assessment running in a channel thread; {@code assessmentId} is set once it is finished. {@code zone}: the
 * time zone its reminders keep working hours in; {@code cardTs}: a check-in's card of answers.
 */
public record ChannelFlow(long id, long teamId, String channelId, String rootTs, String questionnaireVersion,
                          String startedBy, Status status, Instant startedAt, Instant updatedAt,
                          OptionalLong assessmentId, Kind kind, int remindersSent, Optional<ZoneId> zone,
                          Optional<String> cardTs, boolean closedByItself) {

    public enum Status { OPEN, FINISHED, CANCELLED }

    /** Started by someone, question by question; or a check-in the app started, the previous answers carried over. */
    public enum Kind {
        ASSESSMENT, CHECK_IN;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind fromId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public boolean isCheckIn() {
        return kind == Kind.CHECK_IN;
    }

    /** Finished, and its result recorded (a thread is finished before its scoring follow-up records the result). */
    public boolean isScored() {
        return status == Status.FINISHED && assessmentId.isPresent();
    }

    /**
     * Whether how it ended is known: cancelled, or scored. A finished thread not scored yet has not ended for those
     * waiting on it.
     */
    public boolean hasOutcome() {
        return status == Status.CANCELLED || isScored();
    }

    /**
     * One answer given in the thread, by whom and when; a later answer to the same question replaces it.
     * {@code carried}: taken over from the team's previous assessment, and not yet changed or confirmed.
     */
    public record Answer(String questionId, String optionId, String answeredBy, Instant answeredAt, boolean carried) {
        public Answer(String questionId, String optionId, String answeredBy, Instant answeredAt) {
            this(questionId, optionId, answeredBy, answeredAt, false);
        }
    }
}
