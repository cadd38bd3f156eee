package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.NextSteps;

/**
 * A status chosen for an adopted step: kept before the ack (with, for "done", the work of asking the team whether an
 * answer changed); the App Home it was chosen on is shown again after.
 */
final class StepStatusChosen implements BlockActionHandler {

    private final BackgroundWork work;
    private final NextSteps steps;
    private final AppHome home;

    StepStatusChosen(BackgroundWork work, NextSteps steps, AppHome home) {
        this.work = work;
        this.steps = steps;
        this.home = home;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var chosen = payload.getActions().get(0).getSelectedOption();
        if (chosen == null) {
            return ctx.ack();
        }
        ClickNotes.tellLater(work, ctx, "I could not change the step: my database is unavailable right now. Please try "
                + "again in a minute.", () -> steps.setStatus(ctx.getTeamId(), ctx.getRequestUserId(), chosen.getValue()));
        if (payload.getView() != null && "home".equals(payload.getView().getType())) {
            var client = ctx.client();
            work.submit("show the App Home again", () -> home.publish(client, ctx.getTeamId(), ctx.getRequestUserId()));
        }
        return ctx.ack();
    }
}
