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
import dev.mlopsguide.slack.flows.AnswerFeedback;
import org.junit.jupiter.api.Test;

class AnswerVotedTest {

    @Test
    void storesTheVoteBeforeTheAckAndThanksAfter() throws Exception {
        var feedback = mock(AnswerFeedback.class);
        when(feedback.vote(WORKSPACE, USER, "src|q", false)).thenReturn("Thanks.");
        var ctx = actionContext(mock(MethodsClient.class));

        var ack = new AnswerVoted(inlineWork(), feedback, false).apply(click("answer_unhelpful", "src|q", "1.1", null), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(feedback).vote(WORKSPACE, USER, "src|q", false);
        verify(ctx).respond(any(BuilderConfigurator.class));
    }
}
