package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.mlopsguide.slack.flows.AssessmentModal;
import org.junit.jupiter.api.Test;

class AssessmentBackClickedTest {

    @Test
    void showsThePreviousAreaAfterTheAck() throws Exception {
        var client = mock(MethodsClient.class);
        var modal = mock(AssessmentModal.class);
        var request = click("assessment_back", "back", null, null);
        var view = View.builder().id("V1").build();
        request.getPayload().setView(view);

        var ack = new AssessmentBackClicked(inlineWork(), modal).apply(request, actionContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(modal).back(client, WORKSPACE, USER, view);
    }
}
