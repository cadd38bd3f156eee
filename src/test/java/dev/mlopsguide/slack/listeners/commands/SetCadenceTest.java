package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.Reply;
import dev.mlopsguide.slack.flows.TeamRhythm;
import org.junit.jupiter.api.Test;

class SetCadenceTest {

    @Test
    void changesTheCadenceAndRepliesInTheAckToThePersonAlone() throws Exception {
        var rhythm = mock(TeamRhythm.class);
        when(rhythm.cadence(eq(WORKSPACE), eq(CHANNEL), any(), eq("monthly"), any()))
                .thenReturn(Reply.plain("This team re-assesses every month."));

        var ack = new SetCadence(rhythm).handle("monthly", command("cadence monthly").getPayload(),
                commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("\"response_type\":\"ephemeral\"").contains("every month");
    }
}
