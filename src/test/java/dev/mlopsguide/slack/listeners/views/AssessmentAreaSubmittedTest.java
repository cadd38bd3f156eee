package dev.mlopsguide.slack.listeners.views;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
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
import dev.mlopsguide.slack.flows.AssessmentModal;
import dev.mlopsguide.slack.flows.ModalReply;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentAreaSubmittedTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final AssessmentModal modal = mock(AssessmentModal.class);
    private final View view = View.builder().id("V1").build();

    @Test
    void missingAnswersAreErrorsOnTheirBlocks() {
        when(modal.submit(WORKSPACE, USER, view)).thenReturn(new ModalReply.Errors(Map.of("q1", "Choose one answer.")));

        var ack = listener().apply(submitted(), viewContext(client));

        assertThat(json(ack)).contains("\"response_action\":\"errors\"").contains("Choose one answer.");
    }

    @Test
    void theNextAreaOrTheResultReplacesTheView() {
        var shown = View.builder().type("modal").build();
        when(modal.submit(WORKSPACE, USER, view)).thenReturn(new ModalReply.Update(shown));

        var ack = listener().apply(submitted(), viewContext(client));

        assertThat(json(ack)).contains("\"response_action\":\"update\"");
    }

    private AssessmentAreaSubmitted listener() {
        return new AssessmentAreaSubmitted(modal);
    }

    private ViewSubmissionRequest submitted() {
        var payload = new ViewSubmissionPayload();
        payload.setView(view);
        var request = mock(ViewSubmissionRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }
}
