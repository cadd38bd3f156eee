package dev.mlopsguide.slack.listeners.views;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static dev.mlopsguide.slack.listeners.Mocks.viewContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.slack.flows.AssessmentModal;
import dev.mlopsguide.slack.flows.ModalReply;
import dev.mlopsguide.slack.flows.ResultSharing;
import dev.mlopsguide.team.TeamAssessor;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentAreaSubmittedTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final AssessmentModal modal = mock(AssessmentModal.class);
    private final ResultSharing sharing = mock(ResultSharing.class);
    private final View view = View.builder().id("V1").build();

    @Test
    void missingAnswersAreErrorsOnTheirBlocks() {
        when(modal.submit(WORKSPACE, USER, view)).thenReturn(new ModalReply.Errors(Map.of("q1", "Choose one answer.")));

        var ack = listener().apply(submitted(), viewContext(client));

        assertThat(json(ack)).contains("\"response_action\":\"errors\"").contains("Choose one answer.");
        verifyNoInteractions(sharing);
    }

    @Test
    void theResultIsShownAndItsOwnerGetsAPrivateCopy() {
        var result = new Assessor(TestContent.bundled()).assess(TestContent.team("level-2-automated-training.yml"),
                Optional.empty());
        var shown = View.builder().type("modal").build();
        when(modal.submit(WORKSPACE, USER, view)).thenReturn(new ModalReply.AssessmentRecorded(shown, "C1",
                new TeamAssessor.Recorded(7, result)));

        var ack = listener().apply(submitted(), viewContext(client));

        assertThat(json(ack)).contains("\"response_action\":\"update\"");
        verify(sharing).sendPrivately(client, USER, "C1", 7, result);
    }

    private AssessmentAreaSubmitted listener() {
        return new AssessmentAreaSubmitted(inlineWork(), modal, sharing);
    }

    private ViewSubmissionRequest submitted() {
        var payload = new ViewSubmissionPayload();
        payload.setView(view);
        var request = mock(ViewSubmissionRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }
}
