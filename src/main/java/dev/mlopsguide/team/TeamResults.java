package dev.mlopsguide.team;

import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.history.Comparison;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.store.Assessments;
import dev.mlopsguide.store.Profiles;
import dev.mlopsguide.store.StoredProfile;
import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.TeamKey;
import java.util.Objects;
import java.util.Optional;

/**
 * What a team's assessments say today: a recorded assessment is scored again on the current questionnaire with the
 * team's current profile, so that a changed target or next step shows at once, wherever the result is shown.
 */
public final class TeamResults {

    /** A team's assessment and its result as of today. */
    public record Result(Team team, AssessmentRecord record, AssessmentResult result) {
    }

    private final Assessor assessor;
    private final TeamDirectory teams;
    private final Profiles profiles;
    private final Assessments assessments;

    public TeamResults(Assessor assessor, TeamDirectory teams, Profiles profiles, Assessments assessments) {
        this.assessor = Objects.requireNonNull(assessor);
        this.teams = Objects.requireNonNull(teams);
        this.profiles = Objects.requireNonNull(profiles);
        this.assessments = Objects.requireNonNull(assessments);
    }

    /** The latest result of the team with this key; empty when there is no such team or it was never assessed. */
    public Optional<Result> latest(TeamKey key) {
        return teams.find(key).flatMap(this::latest);
    }

    public Optional<Result> latest(Team team) {
        return assessments.latest(team.id()).map(record -> result(team, record));
    }

    /** The latest result of the team this person assessed last in the workspace. */
    public Optional<Result> latestTakenBy(String workspaceId, String userId) {
        return assessments.latestTakenBy(workspaceId, userId)
                .flatMap(record -> teams.byId(record.teamId()).map(team -> result(team, record)));
    }

    /** One assessment's result, by its id. */
    public Optional<Result> assessment(long assessmentId) {
        return assessments.byId(assessmentId)
                .flatMap(record -> teams.byId(record.teamId()).map(team -> result(team, record)));
    }

    /** Every assessment of the team, oldest first, as recorded. */
    public TeamHistory history(Team team) {
        return assessments.history(team.id());
    }

    /** How this result compares with the team's complete assessment before it, if there was one. */
    public Optional<Comparison> sincePrevious(Result result) {
        return history(result.team()).sincePrevious(result.record());
    }

    /** What a question about the team knows of it, under {@code name}: its latest result and how that result moved. */
    public Answerer.TeamContext questionContext(Team team, String name) {
        var latest = latest(team);
        return new Answerer.TeamContext(name, latest.map(Result::result), latest.flatMap(this::sincePrevious));
    }

    /** The result of one of the team's assessments, scored on the current questionnaire with its profile. */
    public Result result(Team team, AssessmentRecord record) {
        var profile = profiles.find(team.id()).map(StoredProfile::profile);
        return new Result(team, record, assessor.assess(record.answers(), profile));
    }
}
