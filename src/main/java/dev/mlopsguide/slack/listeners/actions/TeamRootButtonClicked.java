package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import java.util.Optional;

/**
 * "Finish and score now" or "Cancel" on a team thread's root, or "Nothing else changed" and "Skip" on a check-in (its
 * root or its card in the thread): the thread is closed before the ack, and what follows (scoring it, or saying it
 * was cancelled) runs right after.
 */
final class TeamRootButtonClicked implements BlockActionHandler {

    /** What the button does to the thread; a note for the presser when it cannot. */
    @FunctionalInterface
    interface RootAction {
        Optional<String> apply(String workspaceId, String channelId, String rootTs, String userId);
    }

    private final BackgroundWork work;
    private final String verb;
    private final RootAction action;

    /** {@code verb} names the action for the presser ("finish", "cancel"). */
    TeamRootButtonClicked(BackgroundWork work, String verb, RootAction action) {
        this.work = work;
        this.verb = verb;
        this.action = action;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        if (req.getPayload().getChannel() == null || req.getPayload().getMessage() == null) {
            // Not a click on a team thread's message (Slack always sends both): there is nothing to answer.
            return ctx.ack();
        }
        var message = req.getPayload().getMessage();
        var rootTs = message.getThreadTs() != null ? message.getThreadTs() : message.getTs();
        ClickNotes.tellLater(work, ctx, "I could not " + verb + " the assessment: my database is unavailable right "
                + "now. Please try again in a minute.", () -> action.apply(ctx.getTeamId(),
                req.getPayload().getChannel().getId(), rootTs, ctx.getRequestUserId()));
        return ctx.ack();
    }
}
