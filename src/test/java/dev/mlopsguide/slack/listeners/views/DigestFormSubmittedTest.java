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
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.ChannelDigest;
import dev.mlopsguide.slack.flows.ModalReply;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DigestFormSubmittedTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final ChannelDigest digests = mock(ChannelDigest.class);
    private final AppHome home = mock(AppHome.class);
    private final View view = View.builder().id("V3").build();

    @Test
    void aCheckedFormIsConfirmedInTheAckThenSubscribedAndTheHomeShowsIt() {
        when(digests.checkForm(WORKSPACE, view)).thenReturn(new ModalReply.Update(
                View.builder().type("modal").callbackId("digest_form_accepted").build()));

        var ack = new DigestFormSubmitted(inlineWork(), digests, home).apply(request(), viewContext(client));

        assertThat(json(ack)).contains("\"response_action\":\"update\"").contains("digest_form_accepted");
        verify(digests).subscribeFromForm(client, WORKSPACE, USER, view);
        verify(home).publish(client, WORKSPACE, USER);
    }

    @Test
    void aFormWithErrorsStaysOpenAndSubscribesNothing() {
        when(digests.checkForm(WORKSPACE, view)).thenReturn(new ModalReply.Errors(Map.of("channel", "Choose a channel.")));

        var ack = new DigestFormSubmitted(inlineWork(), digests, home).apply(request(), viewContext(client));

        assertThat(json(ack)).contains("Choose a channel.");
        verify(digests).checkForm(WORKSPACE, view);
        verifyNoInteractions(home);
    }

    private ViewSubmissionRequest request() {
        var payload = new ViewSubmissionPayload();
        payload.setView(view);
        var request = mock(ViewSubmissionRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }
}
