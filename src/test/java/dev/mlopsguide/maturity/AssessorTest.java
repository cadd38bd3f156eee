package dev.mlopsguide.maturity;

import static dev.mlopsguide.maturity.RetrainingCadence.MONTHLY;
import static dev.mlopsguide.maturity.RetrainingCadence.RARELY;
import static dev.mlopsguide.maturity.RetrainingCadence.WEEKLY;
import static dev.mlopsguide.maturity.ServingMode.BATCH;
import static dev.mlopsguide.maturity.ServingMode.ONLINE;
import static dev.mlopsguide.maturity.Stage.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessorTest {

    private final Assessor assessor = new Assessor(TestContent.bundled());

    @Test
    void nextStepsAreOrderedByTheLevelTheyUnlockThenByEffort() {
        var result = assessor.assess(TestContent.team("level-1-devops-no-mlops.yml"),
                Optional.of(TestContent.profile(PRODUCTION, 2, WEEKLY, ONLINE, 99.9, Regulation.NONE)), 20);

        var steps = result.nextSteps();
        assertThat(result.target()).get().extracting(Target::level).isEqualTo(3);
        assertThat(steps).isNotEmpty().isSortedAccordingTo(Comparator
                .comparingInt((PlannedStep p) -> p.unlocksLevel().getAsInt()).thenComparing(p -> p.step().effort()));
        assertThat(steps.get(0).unlocksLevel()).hasValue(2);
        assertThat(steps).extracting(p -> p.unlocksLevel().getAsInt()).containsOnly(2, 3);
        assertThat(steps).extracting(p -> p.step().id()).doesNotHaveDuplicates();
    }

    @Test
    void atMostFiveStepsByDefault() {
        var result = assessor.assess(TestContent.team("level-0-notebook-poc.yml"),
                Optional.of(TestContent.profile(PRODUCTION, 12, WEEKLY, ONLINE, 99.9, Regulation.NONE)));

        assertThat(result.nextSteps()).hasSize(NextStepPlanner.DEFAULT_LIMIT);
        assertThat(result.nextSteps().get(0).unlocksLevel()).hasValue(1);
    }

    @Test
    void withoutAProfileTheStepsAimAtTheNextLevel() {
        var result = assessor.assess(TestContent.team("level-2-automated-training.yml"), Optional.empty(), 50);

        assertThat(result.target()).isEmpty();
        assertThat(result.isAtOrAboveTarget()).isFalse();
        assertThat(result.nextSteps()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.unlocksLevel()).hasValue(3));
        assertThat(result.nextSteps()).extracting(p -> p.questionId().orElseThrow())
                .isSubsetOf(result.score().binding().stream().map(b -> b.question().id()).toList());
    }

    @Test
    void aTeamAtItsTargetIsToldSoAndOfferedTwoOptionalStepsWithTheirCost() {
        var result = assessor.assess(TestContent.team("level-2-automated-training.yml"),
                Optional.of(TestContent.profile(PRODUCTION, 3, MONTHLY, BATCH, null, Regulation.NONE)));

        assertThat(result.isAtOrAboveTarget()).isTrue();
        assertThat(result.stepsOptional()).isTrue();
        assertThat(result.nextSteps()).hasSize(2).allSatisfy(step -> assertThat(result.stepTag(step))
                .isEqualTo("optional · toward level 3"));
        assertThat(result.moreSteps()).isPositive();
        assertThat(result.stepsHeading()).contains("Optional").contains("past your target");
        assertThat(result.beyondTarget()).contains("costs engineering time");
    }

    @Test
    void theSummaryDescribesThisTeamAndSaysWhenMoreStepsAreNeeded() {
        var result = assessor.assess(TestContent.team("level-1-devops-no-mlops.yml"),
                Optional.of(TestContent.profile(PRODUCTION, 12, MONTHLY, BATCH, null, Regulation.NONE)));

        assertThat(result.summary()).isEqualTo("Your answers support level 1 · DevOps but no MLOps. Strongest: "
                + "Monitoring and retraining (level 2). Weakest: Team and ownership, Data and experiments, "
                + "Reproducibility and versioning, Training automation, Release and deployment (level 1).");
        assertThat(result.stepTag(result.nextSteps().get(0))).isEqualTo("needed for level 2");
        assertThat(result.moreStepsNote()).startsWith("… and " + result.moreSteps() + " more step(s) toward level 4");
    }

    @Test
    void aRegulatedTeamIsAlwaysOfferedTheApprovalGateAndFairnessChecksEvenWhenTheListIsFull() {
        var result = assessor.assess(TestContent.team("level-0-notebook-poc.yml"),
                Optional.of(TestContent.profile(PRODUCTION, 3, RARELY, BATCH, null, Regulation.STRICT)));

        assertThat(result.nextSteps()).hasSize(NextStepPlanner.DEFAULT_LIMIT);
        var advice = result.nextSteps().subList(NextStepPlanner.DEFAULT_LIMIT - 2, NextStepPlanner.DEFAULT_LIMIT);
        assertThat(advice).extracting(s -> s.step().id()).containsExactly("human-approval-gate",
                "fairness-explainability-checks");
        assertThat(advice).allSatisfy(s -> assertThat(result.stepTag(s)).isEqualTo("advised for your profile"));
    }

    @Test
    void aRegulatedTeamThatRecordsItsApprovalsIsNotToldToAddOne() {
        var profile = Optional.of(TestContent.profile(PRODUCTION, 1, RARELY, BATCH, null, Regulation.STRICT));
        var recorded = assessor.assess(TestContent.team("level-1-devops-no-mlops.yml")
                .with("human-approval", "recorded"), profile);
        var unrecorded = assessor.assess(TestContent.team("level-1-devops-no-mlops.yml")
                .with("human-approval", "unrecorded"), profile);

        assertThat(recorded.nextSteps()).extracting(s -> s.step().id()).doesNotContain("human-approval-gate")
                .contains("fairness-explainability-checks");
        assertThat(unrecorded.nextSteps()).extracting(s -> s.step().id()).contains("human-approval-gate");
        assertThat(recorded.score().level()).isEqualTo(unrecorded.score().level());
    }

    @Test
    void theResultNamesTheLevelAndTheQuestionnaireVersion() {
        var result = assessor.assess(TestContent.team("level-3-automated-deployment.yml"), Optional.empty());

        assertThat(result.level().name()).isEqualTo("Automated Model Deployment");
        assertThat(result.questionnaireVersion()).isEqualTo(TestContent.bundled().questionnaire().version());
    }
}
