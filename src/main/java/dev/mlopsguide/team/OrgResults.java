package dev.mlopsguide.team;

import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.org.OrgRollUp;
import dev.mlopsguide.steps.AdoptedStep;
import dev.mlopsguide.store.AdoptedSteps;
import dev.mlopsguide.store.Teams;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The roll-up of every assessed team of a workspace, or of every workspace: what the platform team looks at. */
public final class OrgResults {

    private final MaturityContent content;
    private final Teams teams;
    private final TeamResults results;
    private final AdoptedSteps adopted;
    private final Clock clock;

    public OrgResults(MaturityContent content, Teams teams, TeamResults results, AdoptedSteps adopted, Clock clock) {
        this.content = content;
        this.teams = teams;
        this.results = results;
        this.adopted = adopted;
        this.clock = clock;
    }

    /** {@code workspaceId}: one workspace's teams (a Slack team id, or {@code local} for the command line's); empty for all. */
    public OrgRollUp rollUp(Optional<String> workspaceId) {
        var all = workspaceId.map(teams::inWorkspace).orElseGet(teams::all);
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var steps = adopted.ofWorkspace(workspaceId).stream().collect(Collectors.groupingBy(AdoptedStep::teamId));
        var standings = all.stream().flatMap(team -> results.latest(team).stream()).map(latest -> {
            var previous = results.history(latest.team()).records().stream()
                    .filter(r -> !r.isPartial() && r.takenAt().isBefore(latest.record().takenAt()))
                    .reduce((first, second) -> second).map(AssessmentRecord::level);
            var own = steps.getOrDefault(latest.team().id(), List.of());
            return new OrgRollUp.TeamStanding(latest.team().name(), latest.result(), latest.record().takenAt(),
                    previous.map(OptionalInt::of).orElse(OptionalInt.empty()),
                    (int) own.stream().filter(AdoptedStep::isOpen).count(),
                    (int) own.stream().filter(s -> s.isOverdue(today)).count());
        }).toList();
        return OrgRollUp.of(content, standings);
    }
}
