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

import com.slack.api.RequestConfigurator;
import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AnswerVotedTest {

    @Test
    void storesTheVoteBeforeTheAckAndThanksAfter() throws Exception {
        var feedback = mock(AnswerFeedback.class);
        when(feedback.vote(WORKSPACE, USER, "src|q", false)).thenReturn("Thanks.");
        var client = mock(MethodsClient.class);
        var posted = new ChatPostEphemeralResponse();
        posted.setOk(true);
        when(client.chatPostEphemeral(any(RequestConfigurator.class))).thenReturn(posted);
        var ctx = actionContext(client);

        var ack = new AnswerVoted(inlineWork(), feedback, false).apply(click("answer_unhelpful", "src|q", "1.2", "1.1"), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(feedback).vote(WORKSPACE, USER, "src|q", false);
        ArgumentCaptor<RequestConfigurator<ChatPostEphemeralRequest.ChatPostEphemeralRequestBuilder>> thanks =
                ArgumentCaptor.forClass(RequestConfigurator.class);
        verify(client).chatPostEphemeral(thanks.capture());
        var request = thanks.getValue().configure(ChatPostEphemeralRequest.builder()).build();
        assertThat(request.getThreadTs()).isEqualTo("1.1");
        assertThat(request.getUser()).isEqualTo(USER);
        assertThat(request.getText()).isEqualTo("Thanks.");
    }

    @Test
    void whenSlackRefusesTheThreadTheThanksComeThroughTheResponseUrl() throws Exception {
        var feedback = mock(AnswerFeedback.class);
        when(feedback.vote(WORKSPACE, USER, "src|q", true)).thenReturn("Thanks.");
        var client = mock(MethodsClient.class);
        var refused = new ChatPostEphemeralResponse();
        refused.setOk(false);
        refused.setError("channel_not_found");
        when(client.chatPostEphemeral(any(RequestConfigurator.class))).thenReturn(refused);
        var ctx = actionContext(client);

        new AnswerVoted(inlineWork(), feedback, true).apply(click("answer_helpful", "src|q", "1.2", "1.1"), ctx);

        verify(ctx).respond(any(BuilderConfigurator.class));
    }
}
