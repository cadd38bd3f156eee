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
import dev.mlopsguide.slack.flows.NextSteps;
import dev.mlopsguide.slack.flows.Reply;
import org.junit.jupiter.api.Test;

class ShowStepsTest {

    @Test
    void repliesInTheAckToThePersonAlone() throws Exception {
        var steps = mock(NextSteps.class);
        when(steps.steps(WORKSPACE, CHANNEL)).thenReturn(Reply.plain("The adopted next steps of <#C1>"));

        var ack = new ShowSteps(steps).handle("", command("steps").getPayload(), commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("\"response_type\":\"ephemeral\"").contains("adopted next steps");
    }
}
