package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.RESPONSE_URL;
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
import dev.mlopsguide.slack.flows.ResultSharing;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShareResultClickedTest {

    @Test
    void keepsTheWorkOfSharingTheAssessmentBeforeTheAck() throws Exception {
        var client = mock(MethodsClient.class);
        var sharing = mock(ResultSharing.class);
        when(sharing.requestShare(WORKSPACE, USER, "7", RESPONSE_URL)).thenReturn(Optional.empty());
        var ctx = actionContext(client);

        var ack = new ShareResultClicked(inlineWork(), sharing).apply(click("share_result", "7", "1.1", null), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(sharing).requestShare(WORKSPACE, USER, "7", RESPONSE_URL);
        verify(ctx, never()).respond(any(BuilderConfigurator.class));
    }

    @Test
    void aResultThatCannotBeSharedIsExplainedToThePresser() throws Exception {
        var client = mock(MethodsClient.class);
        var sharing = mock(ResultSharing.class);
        when(sharing.requestShare(WORKSPACE, USER, "7", RESPONSE_URL)).thenReturn(Optional.of("not yours"));
        var ctx = actionContext(client);

        new ShareResultClicked(inlineWork(), sharing).apply(click("share_result", "7", "1.1", null), ctx);

        verify(ctx).respond(any(BuilderConfigurator.class));
    }
}
