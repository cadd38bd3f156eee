package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
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
import dev.mlopsguide.slack.flows.ProfileModal;
import dev.mlopsguide.slack.webapi.SlackCallException;
import org.junit.jupiter.api.Test;

class OpenProfileTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final ProfileModal profile = mock(ProfileModal.class);

    @Test
    void opensTheProfileOfTheChannelsTeam() throws Exception {
        var ack = new OpenProfile(inlineWork(), profile).handle("", command("profile").getPayload(), commandContext(client));

        verify(profile).open(client, "trigger-1", WORKSPACE, CHANNEL, "ml-platform");
        assertThat(ack.getStatusCode()).isEqualTo(200);
    }

    @Test
    void aRefusalIsSaidWithSlacksError() throws Exception {
        doThrow(new SlackCallException("views.open", "invalid_arguments", null))
                .when(profile).open(client, "trigger-1", WORKSPACE, CHANNEL, "ml-platform");

        var ctx = commandContext(client);
        new OpenProfile(inlineWork(), profile).handle("", command("profile").getPayload(), ctx);

        assertThat(responded(ctx)).contains("Slack refused to open the form. Slack refused (`invalid_arguments`)");
    }
}
