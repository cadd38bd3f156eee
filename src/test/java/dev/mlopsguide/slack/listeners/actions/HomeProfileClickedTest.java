package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.ProfileModal;
import org.junit.jupiter.api.Test;

class HomeProfileClickedTest {

    @Test
    void opensTheProfileForTheChannelTheButtonCarries() throws Exception {
        var client = mock(MethodsClient.class);
        var profile = mock(ProfileModal.class);

        var ack = new HomeProfileClicked(profile).apply(click("home_profile", "C7", "1.1", null), actionContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(profile).open(eq(client), eq("trigger-2"), eq(WORKSPACE), eq("C7"), any());
    }
}
