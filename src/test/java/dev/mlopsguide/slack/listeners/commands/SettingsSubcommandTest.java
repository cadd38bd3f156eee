package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.fullWork;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static dev.mlopsguide.slack.listeners.Mocks.responded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.WorkspaceChoices;
import dev.mlopsguide.slack.webapi.SlackCallException;
import org.junit.jupiter.api.Test;

class SettingsSubcommandTest {

    private final WorkspaceChoices settings = mock(WorkspaceChoices.class);

    @Test
    void theSettingsAreShownInTheAck() throws Exception {
        when(settings.describe(WORKSPACE)).thenReturn("*Questions in this workspace*");

        var ack = new SettingsSubcommand(inlineWork(), settings).handle("", command("settings").getPayload(),
                commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("Questions in this workspace").contains("ephemeral");
    }

    @Test
    void aChangeIsMadeAfterTheAckAndItsOutcomeSaidThroughTheResponseUrl() throws Exception {
        when(settings.change(any(), eq(WORKSPACE), eq(USER), eq("follow-ups off"))).thenReturn("Follow-ups need a mention.");
        var ctx = commandContext(mock(MethodsClient.class));

        var ack = new SettingsSubcommand(inlineWork(), settings).handle("follow-ups off",
                command("settings follow-ups off").getPayload(), ctx);

        assertThat(json(ack)).contains("Changing the setting");
        assertThat(responded(ctx)).contains("Follow-ups need a mention.");
    }

    @Test
    void someoneWhoIsNotAnAdminOrWhomSlackCannotCheckIsToldWhy() throws Exception {
        when(settings.change(any(), any(), any(), eq("gaps me"))).thenThrow(new WorkspaceChoices.NotAllowed());
        when(settings.change(any(), any(), any(), eq("gaps off"))).thenThrow(new SlackCallException("users.info",
                "missing_scope", null));
        var refused = commandContext(mock(MethodsClient.class));
        var unchecked = commandContext(mock(MethodsClient.class));

        new SettingsSubcommand(inlineWork(), settings).handle("gaps me", command("settings gaps me").getPayload(), refused);
        new SettingsSubcommand(inlineWork(), settings).handle("gaps off", command("settings gaps off").getPayload(), unchecked);

        assertThat(responded(refused)).contains("Only a workspace admin or owner");
        assertThat(responded(unchecked)).contains("Slack refused what I needed to do that");
    }

    @Test
    void aFullQueueChangesNothingAndSaysSo() throws Exception {
        var ack = new SettingsSubcommand(fullWork(), settings).handle("follow-ups on",
                command("settings follow-ups on").getPayload(), commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("too busy");
        verifyNoInteractions(settings);
    }
}
