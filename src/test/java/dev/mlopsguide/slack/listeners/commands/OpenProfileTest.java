package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.ProfileModal;
import dev.mlopsguide.slack.webapi.SlackCallException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

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

        assertThat(respondedText(ctx)).contains("Slack refused to open the form. Slack refused (`invalid_arguments`)");
    }

    @SuppressWarnings("unchecked")
    private static String respondedText(SlashCommandContext ctx) throws Exception {
        ArgumentCaptor<BuilderConfigurator<SlashCommandResponse.SlashCommandResponseBuilder>> reply =
                ArgumentCaptor.forClass(BuilderConfigurator.class);
        verify(ctx).respond(reply.capture());
        return reply.getValue().configure(SlashCommandResponse.builder()).build().getText();
    }
}
