package dev.mlopsguide.slack.listeners.actions;

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
import dev.mlopsguide.slack.flows.NextSteps;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepReanswerClickedTest {

    @Test
    void opensTheOneQuestionFormBeforeTheAck() throws Exception {
        var steps = mock(NextSteps.class);
        var client = mock(MethodsClient.class);
        when(steps.openReanswerForm(client, "trigger-2", WORKSPACE, "C1 training-tests")).thenReturn(Optional.empty());
        var ctx = actionContext(client);

        var ack = new StepReanswerClicked(inlineWork(), steps).apply(click("step_reanswer", "C1 training-tests", "1.2",
                null), ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(steps).openReanswerForm(client, "trigger-2", WORKSPACE, "C1 training-tests");
        verify(ctx, never()).respond(any(BuilderConfigurator.class));
    }
}
