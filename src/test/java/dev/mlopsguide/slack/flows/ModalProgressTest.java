package dev.mlopsguide.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.maturity.TestContent;
import org.junit.jupiter.api.Test;

class ModalProgressTest {

    private final Questionnaire questionnaire = TestContent.bundled().questionnaire();
    private final SignedText signer = new SignedText("signing-secret", "assessment");

    @Test
    void progressSurvivesTheRoundTripCompactly() throws Exception {
        var answers = TestContent.team("level-4-full-automation.yml");
        var progress = new ModalProgress("T024BE7LD", "C024BE91L", 3, answers);

        var metadata = progress.encode(questionnaire, signer);

        assertThat(metadata.length()).isLessThan(100);
        assertThat(ModalProgress.decode(metadata, questionnaire, signer)).isEqualTo(progress);
    }

    @Test
    void anyChangeToTheMetadataIsRefused() {
        var metadata = new ModalProgress("T1", "C1", 0, TestContent.team("level-1-devops-no-mlops.yml")).encode(questionnaire,
                signer);
        var raisedAnswer = metadata.substring(0, metadata.indexOf('~', metadata.indexOf("~0~") + 1) + 1) + "3"
                + metadata.substring(metadata.indexOf('~', metadata.indexOf("~0~") + 1) + 2);

        assertThatThrownBy(() -> ModalProgress.decode(raisedAnswer, questionnaire, signer))
                .isInstanceOf(ModalProgress.Unusable.class).hasMessageContaining("could not be verified");
        assertThatThrownBy(() -> ModalProgress.decode(metadata, questionnaire, new SignedText("another app", "assessment")))
                .isInstanceOf(ModalProgress.Unusable.class);
        assertThatThrownBy(() -> ModalProgress.decode(metadata, questionnaire, new SignedText("signing-secret", "profile")))
                .as("the same app's other form").isInstanceOf(ModalProgress.Unusable.class);
        assertThatThrownBy(() -> ModalProgress.decode("", questionnaire, signer)).isInstanceOf(ModalProgress.Unusable.class);
        assertThatThrownBy(() -> ModalProgress.decode(null, questionnaire, signer)).isInstanceOf(ModalProgress.Unusable.class);
    }

    @Test
    void progressFromAnotherQuestionnaireVersionIsRefused() {
        var older = new Questionnaire("2025.1", questionnaire.areas(), questionnaire.questions());
        var metadata = new ModalProgress("T1", "C1", 0, TestContent.team("level-1-devops-no-mlops.yml")).encode(older,
                signer);

        assertThatThrownBy(() -> ModalProgress.decode(metadata, questionnaire, signer))
                .isInstanceOf(ModalProgress.Unusable.class).hasMessageContaining("questionnaire changed");
    }
}
