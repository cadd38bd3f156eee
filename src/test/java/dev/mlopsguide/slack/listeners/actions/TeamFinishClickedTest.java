package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamFinishClickedTest {

    @Test
    void closesTheThreadWhoseRootWasClickedBeforeTheAck() throws Exception {
        var client = mock(MethodsClient.class);
        var thread = mock(ChannelAssessment.class);
        when(thread.finish(WORKSPACE, CHANNEL, "100.1", USER)).thenReturn(Optional.empty());

        var ack = new TeamFinishClicked(inlineWork(), thread).apply(click("thread_finish", "", "100.1", null),
                actionContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(thread).finish(WORKSPACE, CHANNEL, "100.1", USER);
    }
}
