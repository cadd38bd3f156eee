package dev.mlopsguide.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TestContent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A dozen teams rolled up: the heat map's data, the teams below target, the shared blockers and their counts. */
class OrgRollUpTest {

    private static final List<String> LEVELS = List.of("level-0-notebook-poc.yml", "level-1-devops-no-mlops.yml",
            "level-2-automated-training.yml", "level-3-automated-deployment.yml", "level-4-full-automation.yml");
    private static final Instant TAKEN = Instant.parse("2026-11-24T10:15:00Z");

    private final Assessor assessor = new Assessor(TestContent.bundled());

    @Test
    void aDozenTeamsAreRolledUpWithTheirAreasTargetsAndSharedBlockers() {
        // Online teams at 99.9% are aimed high; batch teams low: some are below their target, some above.
        var online = TestContent.profile(Stage.PRODUCTION, 8, RetrainingCadence.WEEKLY, ServingMode.ONLINE, 99.9,
                Regulation.NONE);
        var standings = new ArrayList<OrgRollUp.TeamStanding>();
        for (int i = 0; i < 12; i++) {
            var result = assessor.assess(TestContent.team(LEVELS.get(i % 5)), i % 2 == 0 ? Optional.of(online) : Optional.empty());
            standings.add(new OrgRollUp.TeamStanding("#team-" + (char) ('a' + i), result, TAKEN.plusSeconds(i),
                    i < 6 ? OptionalInt.of(Math.max(0, result.score().level() - 1)) : OptionalInt.empty()));
        }

        var rollUp = OrgRollUp.of(TestContent.bundled(), standings);

        assertThat(rollUp.rows()).hasSize(12);
        for (var standing : standings) {
            var row = rollUp.rows().stream().filter(r -> r.team().equals(standing.team())).findFirst().orElseThrow();
            assertThat(row.level()).isEqualTo(standing.latest().score().level());
            // The heat map: one cell per area, the team's level there.
            standing.latest().score().areas().forEach(area ->
                    assertThat(row.areaLevels().get(area.area().id())).isEqualTo(area.level()));
            assertThat(row.areaLevels()).hasSize(TestContent.bundled().questionnaire().areas().size());
            assertThat(row.target().isPresent()).isEqualTo(standing.latest().target().isPresent());
        }
        assertThat(rollUp.rows()).extracting(OrgRollUp.Row::gap).isSortedAccordingTo((a, b) -> b - a);
        assertThat(rollUp.belowTarget()).isNotEmpty().allSatisfy(row -> assertThat(row.gap()).isPositive());
        assertThat(rollUp.rows().stream().filter(r -> r.team().equals("#team-a")).findFirst().orElseThrow().change())
                .hasValue(0);

        // Each practice counts the teams it binds, and no team is counted twice for one practice.
        Map<String, Integer> expected = new HashMap<>();
        standings.forEach(s -> s.latest().score().binding().stream().map(b -> b.question().id()).distinct()
                .forEach(id -> expected.merge(id, 1, Integer::sum)));
        assertThat(rollUp.blockers()).hasSize(expected.size()).allSatisfy(blocker -> {
            assertThat(blocker.teams()).hasSize(expected.get(blocker.question().id())).doesNotHaveDuplicates();
            assertThat(blocker.steps()).isNotEmpty();
        });
        assertThat(rollUp.blockers()).extracting(b -> b.teams().size()).isSortedAccordingTo((a, b) -> b - a);
        assertThat(rollUp.areas()).allSatisfy(area -> assertThat(area.lowest()).isPresent());
    }

    @Test
    void noTeamsMakeAnEmptyRollUp() {
        var rollUp = OrgRollUp.of(TestContent.bundled(), List.of());

        assertThat(rollUp.rows()).isEmpty();
        assertThat(rollUp.blockers()).isEmpty();
        assertThat(rollUp.areas()).allSatisfy(area -> assertThat(area.mean()).isEmpty());
    }
}
