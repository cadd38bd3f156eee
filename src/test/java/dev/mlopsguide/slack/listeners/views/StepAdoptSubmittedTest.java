package dev.mlopsguide.slack.listeners.views;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static dev.mlopsguide.slack.listeners.Mocks.viewContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.mlopsguide.slack.flows.ModalReply;
import dev.mlopsguide.slack.flows.NextSteps;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepAdoptSubmittedTest {

    @Test
    void theAdoptionIsKeptBeforeTheAckOrItsErrorShown() {
        var steps = mock(NextSteps.class);
        var chosen = View.builder().id("V1").build();
        var past = View.builder().id("V2").build();
        when(steps.adopt(WORKSPACE, USER, chosen)).thenReturn(new ModalReply.Update(View.builder().type("modal")
                .callbackId("adopted").build()));
        when(steps.adopt(WORKSPACE, USER, past)).thenReturn(new ModalReply.Errors(Map.of("due", "Choose a due date from today on.")));

        var adopted = new StepAdoptSubmitted(steps).apply(AnswerMissingSubmittedTest.request(chosen),
                viewContext(mock(MethodsClient.class)));
        var refused = new StepAdoptSubmitted(steps).apply(AnswerMissingSubmittedTest.request(past),
                viewContext(mock(MethodsClient.class)));

        assertThat(json(adopted)).contains("\"response_action\":\"update\"").contains("adopted");
        assertThat(json(refused)).contains("\"response_action\":\"errors\"").contains("from today on");
    }
}
