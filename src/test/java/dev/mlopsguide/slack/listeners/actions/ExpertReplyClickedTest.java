package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
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
import dev.mlopsguide.slack.flows.AnswerFeedback;
import org.junit.jupiter.api.Test;

class ExpertReplyClickedTest {

    private final AnswerFeedback feedback = mock(AnswerFeedback.class);
    private final MethodsClient client = mock(MethodsClient.class);

    @Test
    void opensTheExpertsFormForTheQuestionBeforeTheAck() throws Exception {
        when(feedback.openReply(client, "trigger-2", WORKSPACE, "7", CHANNEL, "1.2")).thenReturn(true);
        var ctx = actionContext(client);

        var ack = new ExpertReplyClicked(inlineWork(), feedback).apply(click("gap_reply", "7", "1.2", null), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(feedback).openReply(client, "trigger-2", WORKSPACE, "7", CHANNEL, "1.2");
        verify(ctx, never()).respond(any(BuilderConfigurator.class));
    }

    @Test
    void aQuestionNoLongerKeptIsSaidToTheExpert() throws Exception {
        var ctx = actionContext(client);

        new ExpertReplyClicked(inlineWork(), feedback).apply(click("gap_reply", "7", "1.2", null), ctx);

        verify(ctx).respond(any(BuilderConfigurator.class));
    }
}
