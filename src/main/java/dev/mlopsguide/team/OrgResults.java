package dev.mlopsguide.team;

import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.org.OrgRollUp;
import dev.mlopsguide.store.Teams;
import java.util.Optional;
import java.util.OptionalInt;

/** The roll-up of every assessed team of a workspace, or of every workspace: what the platform team looks at. */
public final class OrgResults {

    private final MaturityContent content;
    private final Teams teams;
    private final TeamResults results;

    public OrgResults(MaturityContent content, Teams teams, TeamResults results) {
        this.content = content;
        this.teams = teams;
        this.results = results;
    }

    /** {@code workspaceId}: one workspace's teams (a Slack team id, or {@code local} for the command line's); empty for all. */
    public OrgRollUp rollUp(Optional<String> workspaceId) {
        var all = workspaceId.map(teams::inWorkspace).orElseGet(teams::all);
        var standings = all.stream().flatMap(team -> results.latest(team).stream()).map(latest -> {
            var previous = results.history(latest.team()).records().stream()
                    .filter(r -> !r.isPartial() && r.takenAt().isBefore(latest.record().takenAt()))
                    .reduce((first, second) -> second).map(AssessmentRecord::level);
            return new OrgRollUp.TeamStanding(latest.team().name(), latest.result(), latest.record().takenAt(),
                    previous.map(OptionalInt::of).orElse(OptionalInt.empty()));
        }).toList();
        return OrgRollUp.of(content, standings);
    }
}
