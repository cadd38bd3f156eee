package dev.mlopsguide.slack.listeners.views;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static dev.mlopsguide.slack.listeners.Mocks.viewContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.flows.ModalReply;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerMissingSubmittedTest {

    @Test
    void whatWasMissingIsKeptBeforeTheAckOrItsErrorShown() {
        var feedback = mock(AnswerFeedback.class);
        var said = View.builder().id("V1").build();
        var blank = View.builder().id("V2").build();
        when(feedback.missing(WORKSPACE, said)).thenReturn(new ModalReply.Update(View.builder().type("modal")
                .callbackId("sent").build()));
        when(feedback.missing(WORKSPACE, blank)).thenReturn(new ModalReply.Errors(Map.of("text", "Say what you needed.")));

        var sent = new AnswerMissingSubmitted(feedback).apply(request(said), viewContext(mock(MethodsClient.class)));
        var refused = new AnswerMissingSubmitted(feedback).apply(request(blank), viewContext(mock(MethodsClient.class)));

        assertThat(json(sent)).contains("\"response_action\":\"update\"").contains("sent");
        assertThat(json(refused)).contains("\"response_action\":\"errors\"").contains("Say what you needed.");
    }

    static ViewSubmissionRequest request(View view) {
        var payload = new ViewSubmissionPayload();
        payload.setView(view);
        var request = mock(ViewSubmissionRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }
}
