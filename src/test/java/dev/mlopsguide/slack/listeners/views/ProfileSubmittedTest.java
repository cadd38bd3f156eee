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
import dev.mlopsguide.slack.flows.ModalReply;
import dev.mlopsguide.slack.flows.ProfileModal;
import org.junit.jupiter.api.Test;

class ProfileSubmittedTest {

    @Test
    void theSavedProfileReplacesTheForm() {
        var view = View.builder().id("V2").build();
        var saved = View.builder().type("modal").callbackId("saved").build();
        var profile = mock(ProfileModal.class);
        when(profile.submit(WORKSPACE, USER, view)).thenReturn(new ModalReply.Update(saved));
        var payload = new ViewSubmissionPayload();
        payload.setView(view);
        var request = mock(ViewSubmissionRequest.class);
        when(request.getPayload()).thenReturn(payload);

        var ack = new ProfileSubmitted(profile).apply(request, viewContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("\"response_action\":\"update\"").contains("saved");
    }
}
