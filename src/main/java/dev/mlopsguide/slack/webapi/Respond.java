package dev.mlopsguide.slack.webapi;

import com.slack.api.bolt.context.builtin.ActionContext;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Short ephemeral answers to a button press, through the action's {@code response_url}. */
public final class Respond {

    private static final Logger LOG = LoggerFactory.getLogger(Respond.class);

    private Respond() {
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
