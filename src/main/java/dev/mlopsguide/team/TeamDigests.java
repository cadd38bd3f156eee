package dev.mlopsguide.team;

import dev.mlopsguide.digest.Digest;
import dev.mlopsguide.digest.DigestComposer;
import dev.mlopsguide.digest.DigestWeek;
import dev.mlopsguide.store.AdoptedSteps;
import dev.mlopsguide.store.Assessments;
import dev.mlopsguide.store.Profiles;
import dev.mlopsguide.store.StoredProfile;
import dev.mlopsguide.store.Team;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/** A team's weekly digest, composed from its history, profile and adopted steps: for a past week, or for this week so far. */
public final class TeamDigests {

    private final DigestComposer composer;
    private final Profiles profiles;
    private final Assessments assessments;
    private final AdoptedSteps adopted;
    private final Clock clock;

    public TeamDigests(DigestComposer composer, Profiles profiles, Assessments assessments, AdoptedSteps adopted,
                       Clock clock) {
        this.composer = Objects.requireNonNull(composer);
        this.profiles = Objects.requireNonNull(profiles);
        this.assessments = Objects.requireNonNull(assessments);
        this.adopted = Objects.requireNonNull(adopted);
        this.clock = Objects.requireNonNull(clock);
    }

    public Digest compose(Team team, DigestWeek week) {
        var profile = profiles.find(team.id()).map(StoredProfile::profile);
        return composer.compose(team.name(), assessments.history(team.id()), profile, week, adopted.ofTeam(team.id()));
    }

    /** The digest of the week that ends now in {@code zone}: what a subscriber would get if it were due now. */
    public Digest soFar(Team team, ZoneId zone) {
        return compose(team, DigestWeek.endingAt(clock.instant(), zone));
    }
}
