package dev.mlopsguide.maturity;

import static dev.mlopsguide.maturity.RetrainingCadence.DAILY;
import static dev.mlopsguide.maturity.RetrainingCadence.MONTHLY;
import static dev.mlopsguide.maturity.RetrainingCadence.ON_METRICS;
import static dev.mlopsguide.maturity.RetrainingCadence.QUARTERLY;
import static dev.mlopsguide.maturity.RetrainingCadence.RARELY;
import static dev.mlopsguide.maturity.RetrainingCadence.WEEKLY;
import static dev.mlopsguide.maturity.ServingMode.BATCH;
import static dev.mlopsguide.maturity.ServingMode.ONLINE;
import static dev.mlopsguide.maturity.Stage.BUSINESS_CRITICAL;
import static dev.mlopsguide.maturity.Stage.PRODUCTION;
import static dev.mlopsguide.maturity.Stage.PROOF_OF_CONCEPT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetAdvisorTest {

    private final TargetAdvisor advisor = new TargetAdvisor(TestContent.bundled().targetRules());

    @Test
    void aProofOfConceptStaysAtLevelZeroWhateverElseItClaims() {
        var target = advisor.advise(TestContent.profile(PROOF_OF_CONCEPT, 0, DAILY, ONLINE, 99.99, Regulation.NONE));

        assertThat(target.level()).isZero();
        assertThat(target.reasons()).singleElement().asString().contains("proof of concept");
    }

    @Test
    void oneProductionModelRetrainedRarelyNeedsLevelOne() {
        var target = advisor.advise(TestContent.profile(PRODUCTION, 1, RARELY, BATCH, null, Regulation.NONE));

        assertThat(target.level()).isEqualTo(1);
        assertThat(target.notes()).isEmpty();
    }

    @Test
    void severalModelsOrMonthlyRetrainingNeedLevelTwo() {
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 3, RARELY, BATCH, null, Regulation.NONE)).level()).isEqualTo(2);
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 1, MONTHLY, BATCH, null, Regulation.NONE)).level()).isEqualTo(2);
    }

    @Test
    void onlineServingAtThreeNinesNeedsLevelThreeAndSaysWhy() {
        var target = advisor.advise(TestContent.profile(PRODUCTION, 1, RARELY, ONLINE, 99.9, Regulation.NONE));

        assertThat(target.level()).isEqualTo(3);
        assertThat(target.reasons()).singleElement().asString().contains("99.9%").contains("43 minutes");
    }

    @Test
    void onlineServingWithALowerSlaDoesNotNeedLevelThree() {
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 1, RARELY, ONLINE, 99.0, Regulation.NONE)).level()).isEqualTo(1);
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 1, RARELY, ONLINE, null, Regulation.NONE)).level()).isEqualTo(1);
    }

    @Test
    void tensOfModelsOrDailyRetrainingOfSeveralNeedLevelFour() {
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 12, RARELY, BATCH, null, Regulation.NONE)).level()).isEqualTo(4);
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 3, DAILY, BATCH, null, Regulation.NONE)).level()).isEqualTo(4);
    }

    @Test
    void everyRuleAtTheTargetLevelGivesItsReason() {
        var target = advisor.advise(TestContent.profile(BUSINESS_CRITICAL, 2, RARELY, ONLINE, 99.95, Regulation.NONE));

        assertThat(target.level()).isEqualTo(3);
        assertThat(target.reasons()).hasSize(2);
    }

    @Test
    void regulatedModelsKeepAHumanApprovalGateWithoutChangingTheLevel() {
        var target = advisor.advise(TestContent.profile(PRODUCTION, 1, RARELY, BATCH, null, Regulation.STRICT));

        assertThat(target.level()).isEqualTo(1);
        assertThat(target.notes()).hasSize(2).first().asString().contains("recorded human approval").contains("advice");
        assertThat(target.nextSteps()).containsExactly("human-approval-gate", "fairness-explainability-checks");
        var light = advisor.advise(TestContent.profile(PRODUCTION, 1, RARELY, BATCH, null, Regulation.LIGHT));
        assertThat(light.level()).isEqualTo(1);
        assertThat(light.nextSteps()).containsExactly("human-approval-gate");
    }

    @Test
    void theRetrainingCadenceCallsForAutomatedTrainingAndOnlyOnlineReleasesForAutomatedDeployment() {
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 1, QUARTERLY, BATCH, null, Regulation.NONE)).level()).isEqualTo(1);
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 1, WEEKLY, BATCH, null, Regulation.NONE)).level()).isEqualTo(2);
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 1, WEEKLY, ONLINE, 99.0, Regulation.NONE)).level()).isEqualTo(3);
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 1, ON_METRICS, BATCH, null, Regulation.NONE)).level())
                .isEqualTo(2);
    }

    @Test
    void aProfileThatContradictsItselfIsSaidSoInItsNotes() {
        var target = advisor.advise(TestContent.profile(PROOF_OF_CONCEPT, 20, RARELY, BATCH, null, Regulation.NONE));

        assertThat(target.level()).isZero();
        assertThat(target.notes()).singleElement().asString().startsWith("Check the profile: A proof of concept with 20 "
                + "model(s) in production");
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 0, RARELY, BATCH, null, Regulation.NONE)).notes())
                .singleElement().asString().contains("No model in production, yet the stage is in production");
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 2, RARELY, ServingMode.NONE, null, Regulation.NONE))
                .notes()).singleElement().asString().contains("Nothing deployed yet, but 2 model(s) in production");
        assertThat(advisor.advise(TestContent.profile(PRODUCTION, 2, RARELY, BATCH, null, Regulation.NONE)).notes()).isEmpty();
    }
}
