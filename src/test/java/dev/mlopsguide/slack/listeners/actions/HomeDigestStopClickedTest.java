package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.ChannelDigest;
import org.junit.jupiter.api.Test;

class HomeDigestStopClickedTest {

    @Test
    void stopStopsThatChannelsDigestThenShowsTheHomeAgain() throws Exception {
        var client = mock(MethodsClient.class);
        var digests = mock(ChannelDigest.class);
        var home = mock(AppHome.class);

        var ack = new HomeDigestStopClicked(inlineWork(), digests, home)
                .apply(click("home_digest_stop", "C7 C9", "1.1", null), actionContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(digests).stop(WORKSPACE, "C7", "C9");
        verify(home).publish(client, WORKSPACE, USER);
    }

    @Test
    void aStopButtonWithAForgedValueDoesNothing() throws Exception {
        var digests = mock(ChannelDigest.class);
        var home = mock(AppHome.class);

        new HomeDigestStopClicked(inlineWork(), digests, home)
                .apply(click("home_digest_stop", "C7", "1.1", null), actionContext(mock(MethodsClient.class)));

        verifyNoInteractions(digests, home);
    }
}
