package dev.mlopsguide.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.maturity.TestContent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The week of every team: levels that moved, teams that slipped, practices that hold more teams back. */
class OrgWeekTest {

    private static final Instant TAKEN = Instant.parse("2026-11-24T10:15:00Z");
    private final Assessor assessor = new Assessor(TestContent.bundled());
    private final Optional<TeamProfile> online = Optional.of(TestContent.profile(Stage.PRODUCTION,
            8, RetrainingCadence.WEEKLY, ServingMode.ONLINE, 99.9, Regulation.NONE));

    @Test
    void aTeamThatMovedUpOneThatSlippedANewcomerAndAPracticeHoldingMoreTeamsBack() {
        var before = OrgRollUp.of(TestContent.bundled(), List.of(
                standing("#fraud", "level-2-automated-training.yml", Optional.empty()),
                standing("#search", "level-3-automated-deployment.yml", online),
                standing("#churn", "level-1-devops-no-mlops.yml", Optional.empty())));
        var now = OrgRollUp.of(TestContent.bundled(), List.of(
                standing("#fraud", "level-3-automated-deployment.yml", Optional.empty()),
                standing("#search", "level-1-devops-no-mlops.yml", online),
                standing("#churn", "level-1-devops-no-mlops.yml", Optional.empty()),
                standing("#ads", "level-1-devops-no-mlops.yml", Optional.empty())));

        var week = OrgWeek.between(before, now);

        assertThat(week.moves()).containsExactlyInAnyOrder(new OrgWeek.Move("#fraud", Optional.of(2), 3),
                new OrgWeek.Move("#search", Optional.of(3), 1), new OrgWeek.Move("#ads", Optional.empty(), 1));
        assertThat(week.slipped()).extracting(OrgRollUp.Row::team).containsExactly("#search");
        assertThat(week.newBlockers()).isNotEmpty().allSatisfy(blocker -> assertThat(blocker.teams()).contains("#ads"));
        assertThat(week.teams()).isEqualTo(4);
        assertThat(week.isQuiet()).isFalse();
    }

    @Test
    void aWeekWithoutChangeIsQuiet() {
        var same = OrgRollUp.of(TestContent.bundled(), List.of(standing("#fraud", "level-2-automated-training.yml",
                Optional.empty())));

        assertThat(OrgWeek.between(same, same).isQuiet()).isTrue();
    }

    private OrgRollUp.TeamStanding standing(String team, String answers,
                                            Optional<TeamProfile> profile) {
        return new OrgRollUp.TeamStanding(team, assessor.assess(TestContent.team(answers), profile), TAKEN,
                OptionalInt.empty());
    }
}
