package dev.mlopsguide.slack.listeners.events;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.eventContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppUninstalledEvent;
import dev.mlopsguide.slack.install.Uninstalls;
import org.junit.jupiter.api.Test;

class AppUninstalledTest {

    @Test
    @SuppressWarnings("unchecked")
    void theWorkspaceIsMarkedUninstalled() throws Exception {
        var uninstalls = mock(Uninstalls.class);
        EventsApiPayload<AppUninstalledEvent> payload = mock(EventsApiPayload.class);
        when(payload.getTeamId()).thenReturn(WORKSPACE);
        when(payload.getEnterpriseId()).thenReturn("E1");

        var ack = new AppUninstalled(uninstalls).apply(payload, eventContext(mock(MethodsClient.class)));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(uninstalls).uninstalled("E1", WORKSPACE);
    }
}
