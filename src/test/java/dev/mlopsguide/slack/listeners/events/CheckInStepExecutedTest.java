package dev.mlopsguide.slack.listeners.events;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.eventContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.FunctionExecutedEvent;
import dev.mlopsguide.slack.flows.WorkflowSteps;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckInStepExecutedTest {

    private final WorkflowSteps workflows = mock(WorkflowSteps.class);

    @Test
    void theRunIsKeptBeforeTheAck() throws Exception {
        var ack = new CheckInStepExecuted(workflows).apply(payload("Fx1", "C1"), eventContext(mock(MethodsClient.class)));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(workflows).requestRun(WORKSPACE, "Fx1", "C1");
    }

    @Test
    void aRunWithoutAChannelIsOnlyAcknowledged() throws Exception {
        var ack = new CheckInStepExecuted(workflows).apply(payload("Fx2", ""), eventContext(mock(MethodsClient.class)));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        verify(workflows, never()).requestRun(any(), any(), any());
    }

    @SuppressWarnings("unchecked")
    private static EventsApiPayload<FunctionExecutedEvent> payload(String executionId, String channel) {
        var input = new FunctionExecutedEvent.InputValue();
        input.setStringValue(channel);
        var event = new FunctionExecutedEvent();
        event.setFunctionExecutionId(executionId);
        event.setInputs(Map.of(WorkflowSteps.CHANNEL_INPUT, input));
        EventsApiPayload<FunctionExecutedEvent> payload = mock(EventsApiPayload.class);
        when(payload.getEvent()).thenReturn(event);
        when(payload.getTeamId()).thenReturn(WORKSPACE);
        return payload;
    }
}
