package dev.mlopsguide.store;

import dev.mlopsguide.maturity.TeamProfile;
import java.time.Instant;

/** A team's profile with who last set it and when. */
public record StoredProfile(TeamProfile profile, String updatedBy, Instant updatedAt) {
}
