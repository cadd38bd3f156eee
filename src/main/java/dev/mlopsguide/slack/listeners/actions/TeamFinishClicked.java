package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.ChannelAssessment;

/** "Finish now" on a team thread's root: the thread is closed before the ack and scored right after. */
final class TeamFinishClicked implements BlockActionHandler {

    private final BackgroundWork work;
    private final ChannelAssessment thread;

    TeamFinishClicked(BackgroundWork work, ChannelAssessment thread) {
        this.work = work;
        this.thread = thread;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        if (req.getPayload().getChannel() == null || req.getPayload().getMessage() == null) {
            // Not a click on a team thread's message (Slack always sends both): there is nothing to answer.
            return ctx.ack();
        }
        ClickNotes.tellLater(work, ctx, "I could not finish the assessment: my database is unavailable right now. "
                + "Please try again in a minute.", () -> thread.finish(ctx.getTeamId(),
                req.getPayload().getChannel().getId(), req.getPayload().getMessage().getTs(), ctx.getRequestUserId()));
        return ctx.ack();
    }
}
