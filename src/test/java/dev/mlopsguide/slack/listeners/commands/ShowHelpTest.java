package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.slack.api.methods.MethodsClient;
import org.junit.jupiter.api.Test;

class ShowHelpTest {

    @Test
    void textThatIsNoSubcommandGetsTheUsageNamingIt() throws Exception {
        var ack = new ShowHelp().handle("frobnicate", command("frobnicate").getPayload(),
                commandContext(mock(MethodsClient.class)));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        assertThat(json(ack)).contains("/mlops-assess").contains("frobnicate");
    }
}
