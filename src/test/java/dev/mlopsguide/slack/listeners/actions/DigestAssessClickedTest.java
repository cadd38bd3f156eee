package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.AssessmentModal;
import org.junit.jupiter.api.Test;

class DigestAssessClickedTest {

    @Test
    void opensTheAssessmentOfTheDigestsTeamBeforeTheAck() throws Exception {
        var client = mock(MethodsClient.class);
        var modal = mock(AssessmentModal.class);

        var ack = new DigestAssessClicked(modal).apply(click("digest_assess", "C7", "1.1", null), actionContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(modal).open(client, "trigger-2", WORKSPACE, "C7");
    }
}
