package dev.mlopsguide.slack.listeners.events;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.eventContext;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.mlopsguide.slack.flows.AppHome;
import org.junit.jupiter.api.Test;

class AppHomeOpenedTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final AppHome home = mock(AppHome.class);

    @Test
    void theHomeTabIsPublishedForThePerson() throws Exception {
        var ack = new AppHomeOpened(inlineWork(), home).apply(opened("home"), eventContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(home).publish(client, WORKSPACE, "U1");
    }

    @Test
    void theMessagesTabNeedsNothing() throws Exception {
        new AppHomeOpened(inlineWork(), home).apply(opened("messages"), eventContext(client));

        verifyNoInteractions(home);
    }

    @Test
    void anEventWithoutThePersonsDirectMessageIsOnlyAcknowledged() throws Exception {
        var event = opened("home");
        event.getEvent().setChannel(null);

        assertThat(new AppHomeOpened(inlineWork(), home).apply(event, eventContext(client)).getStatusCode()).isEqualTo(200);
        verifyNoInteractions(home);
    }

    @SuppressWarnings("unchecked")
    private static EventsApiPayload<AppHomeOpenedEvent> opened(String tab) {
        var event = new AppHomeOpenedEvent();
        event.setUser("U1");
        event.setChannel("D1");
        event.setTab(tab);
        EventsApiPayload<AppHomeOpenedEvent> payload = mock(EventsApiPayload.class);
        when(payload.getEvent()).thenReturn(event);
        when(payload.getTeamId()).thenReturn(WORKSPACE);
        return payload;
    }
}
