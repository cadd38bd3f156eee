package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.FunctionExecutedEvent;
import dev.mlopsguide.slack.flows.WorkflowSteps;
import java.util.Optional;

/**
 * A workflow ran the "Run an MLOps check-in" step: the run is kept before the ack, with the work of starting the
 * check-in; the step completes when the check-in is scored.
 */
final class CheckInStepExecuted implements BoltEventHandler<FunctionExecutedEvent> {

    private final WorkflowSteps workflows;

    CheckInStepExecuted(WorkflowSteps workflows) {
        this.workflows = workflows;
    }

    @Override
    public Response apply(EventsApiPayload<FunctionExecutedEvent> payload, EventContext ctx) {
        var event = payload.getEvent();
        var channel = Optional.ofNullable(event.getInputs()).map(inputs -> inputs.get(WorkflowSteps.CHANNEL_INPUT))
                .map(FunctionExecutedEvent.InputValue::asString).filter(id -> !id.isBlank());
        if (event.getFunctionExecutionId() != null && channel.isPresent()) {
            workflows.requestRun(payload.getTeamId(), event.getFunctionExecutionId(), channel.get());
        }
        return ctx.ack();
    }
}
