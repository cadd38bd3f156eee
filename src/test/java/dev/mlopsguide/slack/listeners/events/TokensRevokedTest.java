package dev.mlopsguide.slack.listeners.events;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.eventContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.mlopsguide.slack.install.Uninstalls;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensRevokedTest {

    @Test
    @SuppressWarnings("unchecked")
    void theRevokedUserAndBotTokensAreForgotten() throws Exception {
        var uninstalls = mock(Uninstalls.class);
        var tokens = new TokensRevokedEvent.Tokens();
        tokens.setOauth(List.of("U1", "U2"));
        tokens.setBot(List.of("B1"));
        var event = new TokensRevokedEvent();
        event.setTokens(tokens);
        EventsApiPayload<TokensRevokedEvent> payload = mock(EventsApiPayload.class);
        when(payload.getEvent()).thenReturn(event);
        when(payload.getTeamId()).thenReturn(WORKSPACE);

        var ack = new TokensRevoked(uninstalls).apply(payload, eventContext(mock(MethodsClient.class)));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(uninstalls).tokensRevoked(null, WORKSPACE, List.of("U1", "U2"), true);
    }
}
