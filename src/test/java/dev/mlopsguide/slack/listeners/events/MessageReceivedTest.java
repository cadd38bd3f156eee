package dev.mlopsguide.slack.listeners.events;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.eventContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.MessageEvent;
import dev.mlopsguide.slack.flows.QuestionAnswering;
import org.junit.jupiter.api.Test;

class MessageReceivedTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final QuestionAnswering questions = mock(QuestionAnswering.class);

    @Test
    void aDirectMessageIsAnsweredInItsThread() throws Exception {
        var ack = new MessageReceived(questions).apply(message("im"), eventContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(questions).requestAnswerInThread(WORKSPACE, "D1", "U1", "2.2", "what is a feature store?");
    }

    @Test
    void aMessageInAChannelOutsideAThreadIsNotTheAppsBusiness() throws Exception {
        new MessageReceived(questions).apply(message("channel"), eventContext(client));

        verifyNoInteractions(questions);
    }

    @Test
    void aReplyInAChannelThreadMayBeAFollowUpButAMentionIsLeftToAppMention() throws Exception {
        var reply = message("channel");
        reply.getEvent().setThreadTs("1.1");
        new MessageReceived(questions).apply(reply, eventContext(client));
        var mention = message("channel");
        mention.getEvent().setThreadTs("1.1");
        mention.getEvent().setText("<@UBOT> and for batch models?");
        new MessageReceived(questions).apply(mention, eventContext(client));

        verify(questions).requestFollowUp(WORKSPACE, "D1", "U1", "1.1", "what is a feature store?");
        verifyNoMoreInteractions(questions);
    }

    @SuppressWarnings("unchecked")
    private static EventsApiPayload<MessageEvent> message(String channelType) {
        var event = new MessageEvent();
        event.setChannel("D1");
        event.setChannelType(channelType);
        event.setUser("U1");
        event.setTs("2.2");
        event.setText("what is a feature store?");
        EventsApiPayload<MessageEvent> payload = mock(EventsApiPayload.class);
        when(payload.getEvent()).thenReturn(event);
        when(payload.getTeamId()).thenReturn(WORKSPACE);
        return payload;
    }
}
