package dev.mlopsguide.slack.listeners.commands;

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

class ExplainTopicTest {

    @Test
    void explainsTheTopicInTheAck() throws Exception {
        var replies = mock(TeamReplies.class);
        when(replies.explain("train")).thenReturn(Reply.plain("Train: build the model."));

        var ack = new ExplainTopic(replies).handle("train", command("explain train").getPayload(),
                commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("\"response_type\":\"ephemeral\"").contains("Train: build the model.");
    }
}
