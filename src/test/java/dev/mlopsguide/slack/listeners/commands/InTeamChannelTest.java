package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.slack.api.methods.MethodsClient;
import org.junit.jupiter.api.Test;

class InTeamChannelTest {

    private final Subcommand results = mock(Subcommand.class);

    @Test
    void inAChannelTheSubcommandRuns() throws Exception {
        var command = command("results").getPayload();

        new InTeamChannel("results", results).handle("", command, commandContext(mock(MethodsClient.class)));

        verify(results).handle(any(), any(), any());
    }

    @Test
    void aDirectMessageIsNoTeamSoItSaysWhereToRunIt() throws Exception {
        var command = command("results").getPayload();
        command.setChannelId("DALICE");

        var ack = new InTeamChannel("results", results).handle("", command, commandContext(mock(MethodsClient.class)));

        verifyNoInteractions(results);
        assertThat(json(ack)).contains("A team is a channel: run `/mlops-assess results` in your team's channel");
    }
}
