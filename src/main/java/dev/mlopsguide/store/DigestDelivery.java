package dev.mlopsguide.store;

import java.time.Instant;
import java.util.Optional;

/** The delivery of one subscription's digest for one ISO week ({@code 2026-W48}). */
public record DigestDelivery(long subscriptionId, String week, Status status, Instant claimedAt,
                             Optional<Instant> sentAt, Optional<String> messageTs, Optional<String> error) {

    public enum Status { CLAIMED, SENT, FAILED }
}
