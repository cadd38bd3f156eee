package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
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
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.store.DatabaseUnavailableException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamAnswerClickedTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final ChannelAssessment thread = mock(ChannelAssessment.class);

    @Test
    void recordsTheAnswerOfTheThreadTheQuestionIsInBeforeTheAck() throws Exception {
        when(thread.answer(WORKSPACE, CHANNEL, "100.1", "200.2", "q:opt", USER, RESPONSE_URL)).thenReturn(Optional.empty());
        var ctx = actionContext(client);

        var ack = new TeamAnswerClicked(inlineWork(), thread).apply(click("thread_answer:1", "q:opt", "200.2", "100.1"), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(thread).answer(WORKSPACE, CHANNEL, "100.1", "200.2", "q:opt", USER, RESPONSE_URL);
        verify(ctx, never()).respond(any(BuilderConfigurator.class));
    }

    @Test
    void anAnswerThatCannotBeTakenIsExplainedToThePresser() throws Exception {
        when(thread.answer(any(), any(), any(), any(), any(), any(), any())).thenReturn(Optional.of("already finished"));
        var ctx = actionContext(client);

        new TeamAnswerClicked(inlineWork(), thread).apply(click("thread_answer:1", "q:opt", "200.2", "100.1"), ctx);

        verify(ctx).respond(any(BuilderConfigurator.class));
    }

    @Test
    void aDatabaseThatIsDownIsSaidToThePresserAndTheClickStillAcknowledged() throws Exception {
        when(thread.answer(any(), any(), any(), any(), any(), any(), any()))
                .thenThrow(new DatabaseUnavailableException("down", null));
        var ctx = actionContext(client);

        var ack = new TeamAnswerClicked(inlineWork(), thread).apply(click("thread_answer:1", "q:opt", "200.2", "100.1"), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(ctx).respond(any(BuilderConfigurator.class));
    }

    @Test
    void aClickThatComesWithoutItsChannelIsOnlyAcknowledged() throws Exception {
        var request = click("thread_answer:1", "q:opt", "200.2", "100.1");
        request.getPayload().setChannel(null);

        var ack = new TeamAnswerClicked(inlineWork(), thread).apply(request, actionContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verifyNoInteractions(thread);
    }
}
