package dev.mlopsguide.store;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** A channel's subscription to a team's weekly digest, at a weekday and local time in a time zone. */
public record DigestSubscription(long id, long teamId, String channelId, DayOfWeek weekday, LocalTime time,
                                 ZoneId zone, String createdBy, Instant createdAt, boolean active,
                                 Optional<String> pausedReason) {
}
