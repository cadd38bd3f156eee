package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.NextSteps;

/** "Re-answer this question" under a step marked done: the one-question form opens before the ack. */
final class StepReanswerClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final NextSteps steps;

    StepReanswerClicked(BackgroundWork work, NextSteps steps) {
        this.work = work;
        this.steps = steps;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        ClickNotes.openingForm(work, ctx, () -> steps.openReanswerForm(ctx.client(), payload.getTriggerId(),
                ctx.getTeamId(), payload.getActions().get(0).getValue()));
        return ctx.ack();
    }
}
