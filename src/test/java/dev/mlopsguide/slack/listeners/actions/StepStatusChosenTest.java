package dev.mlopsguide.slack.listeners.actions;

import static dev.mlopsguide.slack.listeners.Mocks.USER;
import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.actionContext;
import static dev.mlopsguide.slack.listeners.Mocks.click;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.NextSteps;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepStatusChosenTest {

    @Test
    void theStatusIsKeptBeforeTheAckAndTheAppHomeShownAgain() throws Exception {
        var steps = mock(NextSteps.class);
        var home = mock(AppHome.class);
        var client = mock(MethodsClient.class);
        when(steps.setStatus(WORKSPACE, USER, "7 done")).thenReturn(Optional.empty());
        var request = click("step_status", null, "1.2", null);
        var option = new BlockActionPayload.Action.SelectedOption();
        option.setValue("7 done");
        request.getPayload().getActions().get(0).setSelectedOption(option);
        request.getPayload().setView(View.builder().type("home").build());

        var ack = new StepStatusChosen(inlineWork(), steps, home).apply(request, actionContext(client));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(steps).setStatus(WORKSPACE, USER, "7 done");
        verify(home).publish(client, WORKSPACE, USER);
    }

    @Test
    void aClickWithoutAChoiceIsOnlyAcknowledged() throws Exception {
        var request = click("step_status", null, "1.2", null);
        request.getPayload().setActions(List.of(new BlockActionPayload.Action()));

        var ack = new StepStatusChosen(inlineWork(), mock(NextSteps.class), mock(AppHome.class))
                .apply(request, actionContext(mock(MethodsClient.class)));

        assertThat(ack.getStatusCode()).isEqualTo(200);
    }
}
