package dev.mlopsguide.slack.webapi;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Short ephemeral answers to a button press, through the action's {@code response_url}. */
public final class Respond {

    private static final Logger LOG = LoggerFactory.getLogger(Respond.class);

    private Respond() {
    }

    /**
     * A note for the presser in the thread of the message the button was on: through {@code response_url} it would
     * land in the channel, away from the thread; when Slack refuses the ephemeral post, it goes that way anyway.
     */
    public static void ephemeralInThread(ActionContext ctx, String channel, String threadTs, String text) {
        try {
            var posted = ctx.client().chatPostEphemeral(r -> r.channel(channel).user(ctx.getRequestUserId())
                    .threadTs(threadTs).text(text));
            if (posted.isOk()) {
                return;
            }
            LOG.info("Could not answer in the thread ({}); answering through response_url", posted.getError());
        } catch (IOException | SlackApiException e) {
            LOG.info("Could not answer in the thread ({}); answering through response_url", e.getMessage());
        }
        ephemeral(ctx, text, false);
    }

    /** Replaces the message the button was on ({@code replace}) or adds a note below it, for the presser only. */
    public static void ephemeral(ActionContext ctx, String text, boolean replace) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(replace).text(text));
        } catch (IOException e) {
            LOG.warn("Could not answer through response_url: {}", e.getMessage());
        }
    }
}
