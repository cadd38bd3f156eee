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
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.RequestConfigurator;
import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AnswerVotedTest {

    @Test
    void storesTheVoteAndAsksWhatWasMissingBeforeTheAckThenThanksAndShowsTheVotes() throws Exception {
        var feedback = mock(AnswerFeedback.class);
        var answer = new AnswerFeedback.AnswerMessage(CHANNEL, "1.2", "1.1", "");
        when(feedback.vote(WORKSPACE, USER, answer, "src|q", false)).thenReturn(new AnswerFeedback.Voted("Thanks.",
                Optional.of(7L)));
        var client = mock(MethodsClient.class);
        var posted = new ChatPostEphemeralResponse();
        posted.setOk(true);
        when(client.chatPostEphemeral(any(RequestConfigurator.class))).thenReturn(posted);
        var ctx = actionContext(client);

        var click = click("answer_unhelpful", "src|q", "1.2", "1.1");
        click.getPayload().getMessage().setBlocks(List.of());
        var ack = new AnswerVoted(inlineWork(), feedback, false).apply(click, ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(feedback).askWhatWasMissing(client, "trigger-2", WORKSPACE, 7L);
        verify(feedback).showVotes(client, WORKSPACE, answer, List.of());
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
        when(feedback.vote(WORKSPACE, USER, new AnswerFeedback.AnswerMessage(CHANNEL, "1.2", "1.1", ""), "src|q", true))
                .thenReturn(new AnswerFeedback.Voted("Thanks.", Optional.empty()));
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
