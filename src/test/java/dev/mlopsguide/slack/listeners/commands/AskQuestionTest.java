package dev.mlopsguide.slack.listeners.commands;

import static dev.mlopsguide.slack.listeners.Mocks.CHANNEL;
import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.commandContext;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.flows.QuestionAnswering;
import dev.mlopsguide.slack.flows.Reply;
import org.junit.jupiter.api.Test;

class AskQuestionTest {

    @Test
    void answersTheQuestionInTheAck() throws Exception {
        var questions = mock(QuestionAnswering.class);
        when(questions.answer(WORKSPACE, CHANNEL, USER, "what is drift?")).thenReturn(Reply.plain("Drift is change."));

        var ack = new AskQuestion(questions).handle("what is drift?", command("ask what is drift?").getPayload(),
                commandContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("Drift is change.");
    }
}
