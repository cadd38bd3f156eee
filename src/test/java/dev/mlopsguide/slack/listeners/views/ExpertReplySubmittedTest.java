package dev.mlopsguide.slack.listeners.views;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static dev.mlopsguide.slack.listeners.Mocks.viewContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.flows.ModalReply;
import org.junit.jupiter.api.Test;

class ExpertReplySubmittedTest {

    @Test
    void theRepliersReplyIsKeptBeforeTheAck() {
        var feedback = mock(AnswerFeedback.class);
        var view = View.builder().id("V1").build();
        when(feedback.reply(WORKSPACE, USER, view)).thenReturn(new ModalReply.Update(View.builder().type("modal")
                .callbackId("posted").build()));

        var ack = new ExpertReplySubmitted(feedback).apply(AnswerMissingSubmittedTest.request(view),
                viewContext(mock(MethodsClient.class)));

        assertThat(json(ack)).contains("\"response_action\":\"update\"").contains("posted");
    }
}
