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
import org.junit.jupiter.api.Test;

class StepReanswerSubmittedTest {

    @Test
    void theNewAnswerIsRecordedBeforeTheAckWhichShowsTheLevel() {
        var steps = mock(NextSteps.class);
        var view = View.builder().id("V1").build();
        when(steps.reanswer(WORKSPACE, USER, view)).thenReturn(new ModalReply.Update(View.builder().type("modal")
                .callbackId("level 3").build()));

        var ack = new StepReanswerSubmitted(steps).apply(AnswerMissingSubmittedTest.request(view),
                viewContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("\"response_action\":\"update\"").contains("level 3");
    }
}
