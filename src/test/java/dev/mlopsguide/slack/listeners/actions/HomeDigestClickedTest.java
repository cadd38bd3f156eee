package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.ChannelDigest;
import org.junit.jupiter.api.Test;

class HomeDigestClickedTest {

    @Test
    void subscribesTheChannelThenShowsTheHomeAgain() throws Exception {
        var client = mock(MethodsClient.class);
        var digests = mock(ChannelDigest.class);
        var home = mock(AppHome.class);

        var ack = new HomeDigestClicked(inlineWork(), digests, home).apply(click("home_digest", "C7", "1.1", null),
                actionContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(digests).subscribeWithDefaults(client, WORKSPACE, "C7", USER);
        verify(home).publish(client, WORKSPACE, USER, "D" + USER);
    }
}
