package dev.mlopsguide.team;

import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.NextStepPlanner;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.store.Assessments;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.NewAssessment;
import dev.mlopsguide.store.Profiles;
import dev.mlopsguide.store.StoredProfile;
import dev.mlopsguide.store.Team;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Assesses a team and records the result: a new profile is saved first, otherwise the team's stored profile sets
 * the target. The same path serves the command line, the modal and the team thread.
 */
public final class TeamAssessor {

    /** A recorded assessment and its result. */
    public record Recorded(long assessmentId, AssessmentResult result) {
    }

    /** An assessment re-scored on the current questionnaire; {@code dropped} are answers it no longer knows. */
    public record Rescored(long assessmentId, int levelBefore, int levelAfter, List<String> dropped) {
    }

    private final Assessor assessor;
    private final Profiles profiles;
    private final Assessments assessments;

    public TeamAssessor(Assessor assessor, Profiles profiles, Assessments assessments) {
        this.assessor = Objects.requireNonNull(assessor);
        this.profiles = Objects.requireNonNull(profiles);
        this.assessments = Objects.requireNonNull(assessments);
    }

    public Recorded assess(Team team, Answers answers, Optional<TeamProfile> newProfile, String takenBy,
                           AssessmentMode mode, Map<String, String> answeredBy) {
        return assess(team, answers, newProfile, takenBy, mode, answeredBy, NextStepPlanner.DEFAULT_LIMIT);
    }

    public Recorded assess(Team team, Answers answers, Optional<TeamProfile> newProfile, String takenBy,
                           AssessmentMode mode, Map<String, String> answeredBy, int stepLimit) {
        newProfile.ifPresent(p -> profiles.save(team.id(), p, takenBy));
        var result = score(team, answers, newProfile, stepLimit);
        long id = assessments.save(new NewAssessment(team.id(), takenBy, mode, answers, answeredBy, result),
                assessor.content().questionnaire());
        return new Recorded(id, result);
    }

    /** Records a person's assessment and, with it, the work that follows ({@code then}, given the assessment's id). */
    public Recorded assess(Team team, Answers answers, String takenBy, AssessmentMode mode,
                           LongFunction<Optional<FollowUps.FollowUp>> then) {
        var result = score(team, answers, Optional.empty(), NextStepPlanner.DEFAULT_LIMIT);
        long id = assessments.save(new NewAssessment(team.id(), takenBy, mode, answers, Map.of(), result),
                assessor.content().questionnaire(), then);
        return new Recorded(id, result);
    }

    /**
     * Records the assessment of a finished team thread, once however often it is asked (see the store);
     * {@code unconfirmed}: answers a check-in carried over that nobody confirmed.
     */
    public Recorded assessChannelFlow(long flowId, Team team, Answers answers, String finishedBy,
                                      Map<String, String> answeredBy, int unconfirmed) {
        var result = score(team, answers, Optional.empty(), NextStepPlanner.DEFAULT_LIMIT);
        long id = assessments.saveForChannelFlow(flowId, new NewAssessment(team.id(), finishedBy,
                AssessmentMode.CHANNEL, answers, answeredBy, result, unconfirmed), assessor.content().questionnaire());
        return new Recorded(id, result);
    }

    private AssessmentResult score(Team team, Answers answers, Optional<TeamProfile> newProfile, int stepLimit) {
        var profile = newProfile.or(() -> profiles.find(team.id()).map(StoredProfile::profile));
        return assessor.assess(answers, profile, stepLimit);
    }

    /** Scores again every assessment of the team on the current questionnaire, dropping answers it no longer has. */
    public List<Rescored> rescore(Team team) {
        var profile = profiles.find(team.id()).map(StoredProfile::profile);
        return assessments.history(team.id()).records().stream().map(record -> {
            var kept = new LinkedHashMap<String, String>();
            var dropped = record.answers().byQuestion().entrySet().stream().filter(answer -> {
                var known = assessor.content().questionnaire().question(answer.getKey())
                        .flatMap(q -> q.option(answer.getValue())).isPresent();
                if (known) {
                    kept.put(answer.getKey(), answer.getValue());
                }
                return !known;
            }).map(Map.Entry::getKey).sorted().toList();
            var result = assessor.assess(new Answers(kept), profile);
            assessments.rescore(record.id(), team.id(), result, assessor.content().questionnaire());
            return new Rescored(record.id(), record.level(), result.score().level(), dropped);
        }).toList();
    }
}
