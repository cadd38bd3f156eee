package dev.mlopsguide.slack.listeners.events;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.eventContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import dev.mlopsguide.slack.flows.QuestionAnswering;
import org.junit.jupiter.api.Test;

class AppMentionedTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final QuestionAnswering questions = mock(QuestionAnswering.class);

    @Test
    void aMentionIsAnsweredInItsThread() throws Exception {
        var ack = new AppMentioned(questions).apply(mention(null), eventContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(questions).requestAnswerInThread(WORKSPACE, "C1", "U1", "1.1", "<@UBOT> drift?");
    }

    @Test
    void anotherBotIsNotAnswered() throws Exception {
        new AppMentioned(questions).apply(mention("B9"), eventContext(client));

        verifyNoInteractions(questions);
    }

    @SuppressWarnings("unchecked")
    private static EventsApiPayload<AppMentionEvent> mention(String botId) {
        var event = new AppMentionEvent();
        event.setChannel("C1");
        event.setUser("U1");
        event.setTs("1.1");
        event.setText("<@UBOT> drift?");
        event.setBotId(botId);
        EventsApiPayload<AppMentionEvent> payload = mock(EventsApiPayload.class);
        when(payload.getEvent()).thenReturn(event);
        when(payload.getTeamId()).thenReturn(WORKSPACE);
        return payload;
    }
}
