package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.Reply;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.store.DatabaseUnavailableException;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ways a subcommand answers: in its ack, through {@code response_url} later, or by opening a modal. */
final class Acks {

    /** What a person reads when work promised in an ack failed on our side. */
    static final String FAILED_AFTER_ACK = "Sorry, that did not work: something went wrong on my side (the people "
            + "running MLOps Guide will find it in the logs). Please try again in a minute.";
    private static final Logger LOG = LoggerFactory.getLogger(Acks.class);

    private Acks() {
    }

    /** The reply, for the person who ran the command only. */
    static Response ephemeral(SlashCommandContext ctx, Reply reply) {
        List<LayoutBlock> blocks = reply.blocks().isEmpty() ? null : reply.blocks();
        return ctx.ack(r -> r.responseType("ephemeral").text(reply.text()).blocks(blocks));
    }

    /** A later answer, for the person who ran the command only. */
    static void respond(SlashCommandContext ctx, Reply reply) {
        List<LayoutBlock> blocks = reply.blocks().isEmpty() ? null : reply.blocks();
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(reply.text()).blocks(blocks));
        } catch (IOException e) {
            LOG.warn("Could not answer through response_url: {}", e.getMessage());
        }
    }

    /**
     * Acknowledges at once with {@code working}, and answers with {@code reply} through {@code response_url} once it is
     * made (Slack's calls included); a refusal by Slack is said in words, a fault of ours as one, and a full queue in
     * the ack. {@code what} names the work in the log.
     */
    static Response answeringLater(SlashCommandContext ctx, BackgroundWork work, String what, String working,
                                   Supplier<Reply> reply) {
        var submitted = work.submit(what, () -> {
            Reply answer;
            try {
                answer = reply.get();
            } catch (SlackCallException e) {
                answer = Reply.plain("Slack refused what I needed to do that. " + e.inWords());
            } catch (RuntimeException e) {
                respond(ctx, Reply.plain(FAILED_AFTER_ACK));
                throw e;
            }
            respond(ctx, answer);
        });
        return ephemeral(ctx, Reply.plain(submitted ? working : "I am too busy to do that right now; please try again in "
                + "a minute."));
    }

    /**
     * Acknowledges at once and opens a modal just after: the trigger lasts three seconds from the command, and
     * Slack's answer to {@code views.open} need not hold the ack. When Slack does not open it, the person is told why.
     */
    static Response openingModal(SlashCommandContext ctx, BackgroundWork work, Runnable open) {
        Runnable opening = () -> {
            try {
                open.run();
            } catch (SlackCallException e) {
                LOG.warn("Could not open a modal: {}", e.error());
                respond(ctx, Reply.plain(switch (e.error()) {
                    case "expired_trigger_id", "exchanged_trigger_id" ->
                            "Slack took too long to open the form. Please run the command again.";
                    case SlackCalls.IN_DOUBT ->
                            "Slack is slow to answer right now. If the form did not open, please run the command again.";
                    case "ratelimited" -> "Slack asked me to slow down, so the form did not open. Please run the "
                            + "command again in a moment.";
                    default -> "Slack refused to open the form. " + e.inWords();
                }));
            } catch (DatabaseUnavailableException e) {
                LOG.error("Could not open a modal: {}", e.getMessage());
                respond(ctx, Reply.plain(MlopsAssessCommand.DATABASE_AWAY));
            } catch (RuntimeException e) {
                LOG.error("Could not open a modal", e);
                respond(ctx, Reply.plain(FAILED_AFTER_ACK));
            }
        };
        // A full queue must not lose the form: it is then opened before the ack, as it once always was.
        if (!work.submit("open a modal", opening)) {
            opening.run();
        }
        return ctx.ack();
    }
}
