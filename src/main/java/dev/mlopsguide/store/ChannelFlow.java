package dev.mlopsguide.store;

import java.time.Instant;
import java.util.OptionalLong;

/** A team assessment running in a channel thread; {@code assessmentId} is set once it is finished. */
public record ChannelFlow(long id, long teamId, String channelId, String rootTs, String questionnaireVersion,
                          String startedBy, Status status, Instant startedAt, Instant updatedAt,
                          OptionalLong assessmentId) {

    public enum Status { OPEN, FINISHED, CANCELLED }

    /** One answer given in the thread, by whom and when; a later answer to the same question replaces it. */
    public record Answer(String questionId, String optionId, String answeredBy, Instant answeredAt) {
    }
}
