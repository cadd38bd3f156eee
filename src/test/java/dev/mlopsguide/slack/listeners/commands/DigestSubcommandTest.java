package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.fullWork;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static dev.mlopsguide.slack.listeners.Mocks.responded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.ChannelDigest;
import dev.mlopsguide.slack.webapi.SlackCallException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DigestSubcommandTest {

    private final ChannelDigest digests = mock(ChannelDigest.class);

    @Test
    void subscribesAfterTheAckAndSaysSoThroughTheResponseUrl() throws Exception {
        when(digests.subscribe(any(), eq("C9"), eq(DayOfWeek.FRIDAY), eq(LocalTime.of(16, 30)))).thenReturn("Subscribed.");
        var ctx = commandContext(mock(MethodsClient.class));

        var ack = new DigestSubcommand(inlineWork(), digests).handle("on <#C9> fri 16:30",
                command("digest on <#C9> fri 16:30").getPayload(), ctx);

        assertThat(json(ack)).contains("Setting up the weekly digest");
        verify(ctx).respond(any(BuilderConfigurator.class));
    }

    @Test
    void offStopsTheDigestOfThisChannelByDefault() throws Exception {
        when(digests.unsubscribe(any(), eq(CHANNEL))).thenReturn("Unsubscribed.");

        var ack = new DigestSubcommand(inlineWork(), digests).handle("off", command("digest off").getPayload(),
                commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("Stopping the weekly digest");
        verify(digests).unsubscribe(any(), eq(CHANNEL));
    }

    @Test
    void aFailureAfterTheAckIsSaidToThePerson() throws Exception {
        when(digests.preview(any())).thenThrow(new IllegalStateException("database down"));
        var ctx = commandContext(mock(MethodsClient.class));

        assertThatThrownBy(() -> new DigestSubcommand(inlineWork(), digests).handle("preview",
                command("digest preview").getPayload(), ctx)).isInstanceOf(IllegalStateException.class);
        verify(ctx).respond(any(BuilderConfigurator.class));
    }

    @Test
    void aFullQueueIsSaidInTheAckInsteadOfPromisingTheDigest() throws Exception {
        var ack = new DigestSubcommand(fullWork(), digests).handle("on", command("digest on").getPayload(),
                commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("too busy").doesNotContain("Setting up");
        verifyNoInteractions(digests);
    }

    @Test
    void slacksRefusalAfterTheAckIsSaidInWords() throws Exception {
        when(digests.subscribe(any(), eq(CHANNEL), any(), any()))
                .thenThrow(new SlackCallException("users.info", "user_not_found", null));
        var ctx = commandContext(mock(MethodsClient.class));

        new DigestSubcommand(inlineWork(), digests).handle("on", command("digest on").getPayload(), ctx);

        assertThat(responded(ctx)).contains("Slack refused what I needed to do that");
    }

    @Test
    void argumentsThatCannotBeReadAreExplainedInTheAck() throws Exception {
        var ack = new DigestSubcommand(inlineWork(), digests).handle("on someday", command("digest on someday").getPayload(),
                commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("I don't understand `someday`");
        verifyNoInteractions(digests);
    }
}
