package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.RequestConfigurator;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ExpertReplyApprovedTest {

    @Test
    void approvesBeforeTheAckAndTellsTheApproverInTheThreadAfter() throws Exception {
        var feedback = mock(AnswerFeedback.class);
        when(feedback.approve(WORKSPACE, USER, CHANNEL, "7")).thenReturn("Approved.");
        var client = mock(MethodsClient.class);
        var posted = new ChatPostEphemeralResponse();
        posted.setOk(true);
        when(client.chatPostEphemeral(any(RequestConfigurator.class))).thenReturn(posted);

        var ack = new ExpertReplyApproved(inlineWork(), feedback).apply(click("gap_approve", "7", "1.3", "1.2"),
                actionContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        ArgumentCaptor<RequestConfigurator<ChatPostEphemeralRequest.ChatPostEphemeralRequestBuilder>> note =
                ArgumentCaptor.forClass(RequestConfigurator.class);
        verify(client).chatPostEphemeral(note.capture());
        var request = note.getValue().configure(ChatPostEphemeralRequest.builder()).build();
        assertThat(request.getThreadTs()).isEqualTo("1.2");
        assertThat(request.getText()).isEqualTo("Approved.");
    }
}
