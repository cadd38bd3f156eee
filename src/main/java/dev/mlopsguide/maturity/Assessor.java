package dev.mlopsguide.maturity;

import java.util.Objects;
import java.util.Optional;

/** The maturity assessment as one call: score the answers, advise a target, plan the next steps. */
public final class Assessor {

    private final MaturityContent content;
    private final MaturityScorer scorer;
    private final TargetAdvisor advisor;
    private final NextStepPlanner planner;

    public Assessor(MaturityContent content) {
        this.content = Objects.requireNonNull(content);
        this.scorer = new MaturityScorer(content.questionnaire());
        this.advisor = new TargetAdvisor(content.targetRules());
        this.planner = new NextStepPlanner(content.nextSteps());
    }

    public AssessmentResult assess(Answers answers, Optional<TeamProfile> profile) {
        return assess(answers, profile, NextStepPlanner.DEFAULT_LIMIT);
    }

    public AssessmentResult assess(Answers answers, Optional<TeamProfile> profile, int stepLimit) {
        var score = scorer.score(answers);
        var target = profile.map(advisor::advise);
        var plan = planner.plan(score, target, stepLimit);
        return new AssessmentResult(content.questionnaire().version(), score, content.level(score.level()), target,
                plan.steps(), plan.more(), plan.optional(), content.beyondTarget());
    }

    /** The score alone, without a target or next steps: what a comparison of two results needs. */
    public Score score(Answers answers) {
        return scorer.score(answers);
    }

    public Target target(TeamProfile profile) {
        return advisor.advise(profile);
    }

    public MaturityContent content() {
        return content;
    }
}
