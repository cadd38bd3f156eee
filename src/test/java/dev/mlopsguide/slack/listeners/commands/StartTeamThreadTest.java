package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.RESPONSE_URL;
import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.store.DatabaseUnavailableException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartTeamThreadTest {

    private static final String DOMAIN = "acme";

    private final MethodsClient client = mock(MethodsClient.class);
    private final ChannelAssessment thread = mock(ChannelAssessment.class);

    @Test
    void keepsTheWorkOfStartingTheThreadThenAcknowledges() throws Exception {
        when(thread.requestStart(WORKSPACE, DOMAIN, CHANNEL, "ml-platform", USER, RESPONSE_URL)).thenReturn(Optional.empty());

        var ack = new StartTeamThread(thread).handle("", command("team").getPayload(), commandContext(client));

        assertThat(json(ack)).contains("Starting a team assessment in this channel");
        verify(thread).requestStart(WORKSPACE, DOMAIN, CHANNEL, "ml-platform", USER, RESPONSE_URL);
    }

    @Test
    void aChannelWithAnOpenThreadIsPointedToIt() throws Exception {
        when(thread.requestStart(WORKSPACE, DOMAIN, CHANNEL, "ml-platform", USER, RESPONSE_URL))
                .thenReturn(Optional.of("This channel has a team assessment open already"));

        var ack = new StartTeamThread(thread).handle("", command("team").getPayload(), commandContext(client));

        assertThat(json(ack)).contains("open already").doesNotContain("Starting");
    }

    @Test
    void workThatCannotBeKeptIsNotPromised() {
        doThrow(new DatabaseUnavailableException("down", null))
                .when(thread).requestStart(WORKSPACE, DOMAIN, CHANNEL, "ml-platform", USER, RESPONSE_URL);

        // The command's router turns this into "the database is unavailable" (MlopsAssessCommandTest).
        assertThatThrownBy(() -> new StartTeamThread(thread).handle("", command("team").getPayload(),
                commandContext(client))).isInstanceOf(DatabaseUnavailableException.class);
    }
}
