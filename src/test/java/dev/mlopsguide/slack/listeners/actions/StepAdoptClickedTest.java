package dev.mlopsguide.slack.listeners.actions;

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
import com.slack.api.model.view.View;
import dev.mlopsguide.slack.flows.NextSteps;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepAdoptClickedTest {

    private final NextSteps steps = mock(NextSteps.class);
    private final MethodsClient client = mock(MethodsClient.class);

    @Test
    void opensTheFormBeforeTheAckAndPushesItOverAModal() throws Exception {
        when(steps.openAdoptForm(client, "trigger-2", WORKSPACE, USER, "C1 run-tests-in-ci", false)).thenReturn(Optional.empty());
        var ctx = actionContext(client);

        var ack = new StepAdoptClicked(inlineWork(), steps).apply(click("step_adopt", "C1 run-tests-in-ci", "1.2", null), ctx);
        var inModal = click("step_adopt", "C1 run-tests-in-ci", "1.2", null);
        inModal.getPayload().setView(View.builder().type("modal").build());
        new StepAdoptClicked(inlineWork(), steps).apply(inModal, ctx);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(steps).openAdoptForm(client, "trigger-2", WORKSPACE, USER, "C1 run-tests-in-ci", false);
        verify(steps).openAdoptForm(client, "trigger-2", WORKSPACE, USER, "C1 run-tests-in-ci", true);
        verify(ctx, never()).respond(any(BuilderConfigurator.class));
    }

    @Test
    void aStepOfATeamNoLongerKnownIsSaidToThePresser() throws Exception {
        when(steps.openAdoptForm(any(), any(), any(), any(), any(), any(Boolean.class)))
                .thenReturn(Optional.of("This step belongs to a team I no longer know about."));
        var ctx = actionContext(client);

        new StepAdoptClicked(inlineWork(), steps).apply(click("step_adopt", "C9 x", "1.2", null), ctx);

        verify(ctx).respond(any(BuilderConfigurator.class));
    }
}
