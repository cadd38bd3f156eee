package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.webapi.Respond;
import dev.mlopsguide.slack.webapi.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Helpful" or "Not helpful" under an answer: the vote is stored before the ack, and a "Not helpful" opens the form
 * asking what was missing (its trigger lasts three seconds); the thanks, in the thread, and the votes shown on the
 * message come after.
 */
final class AnswerVoted implements BlockActionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerVoted.class);

    private final BackgroundWork work;
    private final AnswerFeedback feedback;
    private final boolean helpful;

    AnswerVoted(BackgroundWork work, AnswerFeedback feedback, boolean helpful) {
        this.work = work;
        this.feedback = feedback;
        this.helpful = helpful;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        var message = payload.getMessage();
        var container = payload.getContainer();
        // An answer to /mlops-assess ask is ephemeral: Slack sends no message, only where it is.
        var messageTs = message != null ? message.getTs() : container == null ? null : container.getMessageTs();
        var channel = payload.getChannel() != null ? payload.getChannel().getId()
                : container == null ? null : container.getChannelId();
        var thread = message != null && message.getThreadTs() != null ? message.getThreadTs() : messageTs;
        var answer = new AnswerFeedback.AnswerMessage(channel, messageTs, thread,
                message == null || message.getText() == null ? "" : message.getText());
        var voted = feedback.vote(ctx.getTeamId(), ctx.getRequestUserId(), answer, payload.getActions().get(0).getValue(),
                helpful);
        voted.gapId().ifPresent(gap -> {
            try {
                feedback.askWhatWasMissing(ctx.client(), payload.getTriggerId(), ctx.getTeamId(), gap);
            } catch (SlackCallException e) {
                LOG.info("Could not ask what was missing: {}", e.error());
            }
        });
        work.submit("thank for feedback", () -> {
            if (message == null || channel == null) {
                Respond.ephemeral(ctx, voted.thanks(), false);
                return;
            }
            Respond.ephemeralInThread(ctx, channel, thread, voted.thanks());
            if (message.getBlocks() != null) {
                feedback.showVotes(ctx.client(), ctx.getTeamId(), answer, message.getBlocks());
            }
        });
        return ctx.ack();
    }
}
