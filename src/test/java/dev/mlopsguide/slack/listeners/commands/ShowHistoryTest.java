package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.Reply;
import dev.mlopsguide.slack.flows.TeamReplies;
import org.junit.jupiter.api.Test;

class ShowHistoryTest {

    @Test
    void repliesInTheAckToThePersonAlone() throws Exception {
        var replies = mock(TeamReplies.class);
        when(replies.history(WORKSPACE, CHANNEL)).thenReturn(Reply.plain("The history of <#C1>."));

        var ack = new ShowHistory(replies).handle("", command("history").getPayload(), commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("\"response_type\":\"ephemeral\"").contains("The history of <#C1>.");
    }
}
