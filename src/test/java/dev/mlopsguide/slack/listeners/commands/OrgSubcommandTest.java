package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static dev.mlopsguide.slack.listeners.Mocks.responded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.OrgView;
import dev.mlopsguide.slack.flows.Reply;
import dev.mlopsguide.slack.webapi.SlackCallException;
import org.junit.jupiter.api.Test;

class OrgSubcommandTest {

    private final OrgView org = mock(OrgView.class);

    @Test
    void theRollUpIsMadeAfterTheAckAndSentThroughTheResponseUrl() throws Exception {
        when(org.show(any(), eq(WORKSPACE), eq(USER))).thenReturn(Reply.plain("Every team at a glance: 3 teams"));
        var ctx = commandContext(mock(MethodsClient.class));

        var ack = new OrgSubcommand(inlineWork(), org).handle("", command("org").getPayload(), ctx);

        assertThat(json(ack)).contains("Rolling up every team").contains("ephemeral");
        assertThat(responded(ctx)).isEqualTo("Every team at a glance: 3 teams");
    }

    @Test
    void whenSlackCannotSayWhoMaySeeItThePersonIsToldInWords() throws Exception {
        when(org.show(any(), any(), any())).thenThrow(new SlackCallException("users.info", "missing_scope", null));
        var ctx = commandContext(mock(MethodsClient.class));

        new OrgSubcommand(inlineWork(), org).handle("", command("org").getPayload(), ctx);

        assertThat(responded(ctx)).startsWith("Slack refused what I needed to do that.");
    }
}
