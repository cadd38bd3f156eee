package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.fullWork;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.StoreException;
import org.junit.jupiter.api.Test;

class StartTeamThreadTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final ChannelAssessment thread = mock(ChannelAssessment.class);

    @Test
    void acknowledgesThenStartsTheThreadInTheChannel() throws Exception {
        var ack = new StartTeamThread(inlineWork(), thread).handle("", command("team").getPayload(), commandContext(client));

        assertThat(json(ack)).contains("Starting a team assessment in this channel");
        verify(thread).start(client, WORKSPACE, CHANNEL, "ml-platform", USER);
    }

    @Test
    void aChannelTheAppIsNotInGetsAnInvitationToInviteIt() throws Exception {
        doThrow(new SlackCallException("chat.postMessage", "not_in_channel", null))
                .when(thread).start(client, WORKSPACE, CHANNEL, "ml-platform", USER);
        var ctx = commandContext(client);

        new StartTeamThread(inlineWork(), thread).handle("", command("team").getPayload(), ctx);

        verify(ctx).respond(any(BuilderConfigurator.class));
    }

    @Test
    void aFailureAfterTheAckIsSaidToThePerson() throws Exception {
        doThrow(new StoreException("database down", null)).when(thread).start(client, WORKSPACE, CHANNEL, "ml-platform", USER);
        var ctx = commandContext(client);

        assertThatThrownBy(() -> new StartTeamThread(inlineWork(), thread).handle("", command("team").getPayload(), ctx))
                .isInstanceOf(StoreException.class);
        verify(ctx).respond(any(BuilderConfigurator.class));
    }

    @Test
    void aFullQueueSaysSoInsteadOfPromising() throws Exception {
        var ack = new StartTeamThread(fullWork(), thread).handle("", command("team").getPayload(), commandContext(client));

        assertThat(json(ack)).contains("I'm too busy right now");
        verifyNoInteractions(thread);
    }
}
