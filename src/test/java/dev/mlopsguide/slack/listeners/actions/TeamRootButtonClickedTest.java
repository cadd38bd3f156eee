package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.store.DatabaseUnavailableException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamRootButtonClickedTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final ChannelAssessment thread = mock(ChannelAssessment.class);

    @Test
    void finishClosesTheThreadWhoseRootWasClickedBeforeTheAck() throws Exception {
        when(thread.finish(WORKSPACE, CHANNEL, "100.1", USER)).thenReturn(Optional.empty());
        var ctx = actionContext(client);

        var ack = new TeamRootButtonClicked(inlineWork(), "finish", thread::finish)
                .apply(click("thread_finish", "", "100.1", null), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(thread).finish(WORKSPACE, CHANNEL, "100.1", USER);
        verify(ctx, never()).respond(any(BuilderConfigurator.class));
    }

    @Test
    void cancelByAnotherPersonIsExplainedToThePresser() throws Exception {
        when(thread.cancel(WORKSPACE, CHANNEL, "100.1", USER)).thenReturn(Optional.of("Only the starter can cancel"));
        var ctx = actionContext(client);

        new TeamRootButtonClicked(inlineWork(), "cancel", thread::cancel).apply(click("thread_cancel", "", "100.1", null), ctx);

        verify(ctx).respond(any(BuilderConfigurator.class));
    }

    @Test
    void aDatabaseThatIsDownIsSaidToThePresser() throws Exception {
        when(thread.finish(WORKSPACE, CHANNEL, "100.1", USER)).thenThrow(new DatabaseUnavailableException("down", null));
        var ctx = actionContext(client);

        var ack = new TeamRootButtonClicked(inlineWork(), "finish", thread::finish)
                .apply(click("thread_finish", "", "100.1", null), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(ctx).respond(any(BuilderConfigurator.class));
    }
}
