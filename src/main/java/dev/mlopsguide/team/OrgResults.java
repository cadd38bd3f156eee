package dev.mlopsguide.team;

import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.org.OrgRollUp;
import dev.mlopsguide.steps.AdoptedStep;
import dev.mlopsguide.store.AdoptedSteps;
import dev.mlopsguide.store.Teams;
import java.time.Clock;
import java.time.Instant;
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
        return rollUpAt(workspaceId, clock.instant());
    }

    /**
     * The roll-up as it stood at {@code at}: each team's latest complete result taken by then (a partial one while it
     * had none), and its steps as they are now.
     */
    public OrgRollUp rollUpAt(Optional<String> workspaceId, Instant at) {
        var all = workspaceId.map(teams::inWorkspace).orElseGet(teams::all);
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var steps = adopted.ofWorkspace(workspaceId).stream().collect(Collectors.groupingBy(AdoptedStep::teamId));
        var standings = all.stream().flatMap(team -> {
            var taken = results.history(team).records().stream().filter(r -> !r.takenAt().isAfter(at)).toList();
            var complete = taken.stream().filter(r -> !r.isPartial()).toList();
            var latest = (complete.isEmpty() ? taken : complete).stream().reduce((first, second) -> second);
            return latest.map(record -> results.result(team, record)).map(result -> {
                var previous = complete.stream().filter(r -> r.takenAt().isBefore(result.record().takenAt()))
                        .reduce((first, second) -> second).map(AssessmentRecord::level);
                var own = steps.getOrDefault(team.id(), List.of());
                return new OrgRollUp.TeamStanding(team.name(), result.result(), result.record().takenAt(),
                        previous.map(OptionalInt::of).orElse(OptionalInt.empty()),
                        (int) own.stream().filter(AdoptedStep::isOpen).count(),
                        (int) own.stream().filter(s -> s.isOverdue(today)).count());
            }).stream();
        }).toList();
        return OrgRollUp.of(content, standings);
    }
}
