package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.NextSteps;

/**
 * "Adopt" beside a next step (under a result, on the App Home, in a digest): the form that gives it an owner and a due
 * date opens before the ack, while the trigger lasts; pushed over the modal when the result is in one.
 */
final class StepAdoptClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final NextSteps steps;

    StepAdoptClicked(BackgroundWork work, NextSteps steps) {
        this.work = work;
        this.steps = steps;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var inModal = payload.getView() != null && "modal".equals(payload.getView().getType());
        ClickNotes.openingForm(work, ctx, () -> steps.openAdoptForm(ctx.client(), payload.getTriggerId(),
                ctx.getTeamId(), ctx.getRequestUserId(), payload.getActions().get(0).getValue(), inModal));
        return ctx.ack();
    }
}
