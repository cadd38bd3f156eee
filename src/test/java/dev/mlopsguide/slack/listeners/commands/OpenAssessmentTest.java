package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static dev.mlopsguide.slack.listeners.Mocks.responded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.AssessmentModal;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;

class OpenAssessmentTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final AssessmentModal modal = mock(AssessmentModal.class);

    @Test
    void acksEmptyAndOpensTheModalForTheChannel() throws Exception {
        var ack = new OpenAssessment(inlineWork(), modal).handle("", command("").getPayload(), commandContext(client));

        verify(modal).open(client, "trigger-1", WORKSPACE, CHANNEL);
        assertThat(ack.getStatusCode()).isEqualTo(200);
        assertThat(ack.getBody()).isNullOrEmpty();
    }

    @Test
    void inADirectMessageItFirstAsksWhichTeam() throws Exception {
        var command = command("").getPayload();
        command.setChannelId("DALICE");

        new OpenAssessment(inlineWork(), modal).handle("", command, commandContext(client));

        verify(modal).openChoosingTeam(client, "trigger-1", WORKSPACE, USER);
    }

    @Test
    void anExpiredTriggerAsksToRunTheCommandAgain() throws Exception {
        doThrow(new SlackCallException("views.open", "expired_trigger_id", null)).when(modal).open(client, "trigger-1", WORKSPACE, CHANNEL);

        var ctx = commandContext(client);
        new OpenAssessment(inlineWork(), modal).handle("", command("").getPayload(), ctx);

        assertThat(responded(ctx)).contains("Slack took too long to open the form");
    }

    @Test
    void aDatabaseThatCannotBeReachedWhileOpeningIsSaid() throws Exception {
        doThrow(new DatabaseUnavailableException("down", null)).when(modal).open(client, "trigger-1", WORKSPACE, CHANNEL);

        var ctx = commandContext(client);
        new OpenAssessment(inlineWork(), modal).handle("", command("").getPayload(), ctx);

        assertThat(responded(ctx)).contains("I can't reach my database right now");
    }
}
