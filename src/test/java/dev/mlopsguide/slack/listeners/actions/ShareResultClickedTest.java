package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.ResultSharing;
import org.junit.jupiter.api.Test;

class ShareResultClickedTest {

    @Test
    void sharesTheAssessmentAndReplacesThePrivateCopy() throws Exception {
        var client = mock(MethodsClient.class);
        var sharing = mock(ResultSharing.class);
        when(sharing.share(client, WORKSPACE, USER, "7")).thenReturn("Shared in <#C1>.");
        var ctx = actionContext(client);

        var ack = new ShareResultClicked(inlineWork(), sharing).apply(click("share_result", "7", "1.1", null), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(sharing).share(client, WORKSPACE, USER, "7");
        verify(ctx).respond(any(BuilderConfigurator.class));
    }
}
