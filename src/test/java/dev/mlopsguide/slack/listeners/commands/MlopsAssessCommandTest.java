package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.listeners.commands.CommandText.Kind;
import dev.mlopsguide.store.DatabaseUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MlopsAssessCommandTest {

    private final Subcommand explain = mock(Subcommand.class);
    private final Subcommand help = mock(Subcommand.class);
    private final MlopsAssessCommand listener = new MlopsAssessCommand(Map.of(Kind.EXPLAIN, explain, Kind.HELP, help));

    @Test
    void handsTheCommandToItsSubcommandWithTheTextAfterIt() throws Exception {
        var request = command("explain Train");
        var ctx = commandContext(mock(MethodsClient.class));
        var answered = Response.ok("explained");
        when(explain.handle(eq("train"), any(), any())).thenReturn(answered);

        assertThat(listener.apply(request, ctx)).isSameAs(answered);
    }

    @Test
    void aDatabaseThatIsDownIsSaidInWords() throws Exception {
        when(help.handle(any(), any(), any())).thenThrow(new DatabaseUnavailableException("down", null));

        var ack = listener.apply(command("something else"), commandContext(mock(MethodsClient.class)));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        assertThat(json(ack)).contains("I can't reach my database right now");
    }

    @Test
    void anyOtherFailureIsAcknowledgedWithoutDetails() throws Exception {
        when(help.handle(any(), any(), any())).thenThrow(new IllegalStateException("secret detail"));

        var ack = listener.apply(command("help"), commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("Something went wrong on my side").doesNotContain("secret detail");
    }
}
