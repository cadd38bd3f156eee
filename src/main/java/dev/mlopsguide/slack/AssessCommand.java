package dev.mlopsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import dev.mlopsguide.slack.blocks.HelpBlocks;
import dev.mlopsguide.store.DatabaseUnavailableException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /mlops-assess} and its subcommands: acknowledges at once, and hands each to its feature. */
public final class AssessCommand {

    public static final String COMMAND = "/mlops-assess";
    private static final Logger LOG = LoggerFactory.getLogger(AssessCommand.class);

    private final Guide guide;
    private final AssessmentModal modal;
    private final ChannelAssessment thread;
    private final ProfileModal profile;
    private final TeamReplies replies;
    private final QuestionAnswering questions;
    private final DigestSettings digests;

    public AssessCommand(Guide guide, AssessmentModal modal, ChannelAssessment thread, ProfileModal profile,
                         TeamReplies replies, QuestionAnswering questions, DigestSettings digests) {
        this.guide = guide;
        this.modal = modal;
        this.thread = thread;
        this.profile = profile;
        this.replies = replies;
        this.questions = questions;
        this.digests = digests;
    }

    public void register(App app) {
        app.command(COMMAND, this::handle);
    }

    private Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
        try {
            return dispatch(req, ctx);
        } catch (DatabaseUnavailableException e) {
            LOG.error("/mlops-assess failed: {}", e.getMessage());
            return ctx.ack("I can't reach my database right now, so I can't do that. Please try again in a minute.");
        } catch (RuntimeException e) {
            LOG.error("/mlops-assess failed", e);
            return ctx.ack("Something went wrong on my side; the people running MLOps Guide will find it in the logs.");
        }
    }

    private Response dispatch(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        var workspace = payload.getTeamId();
        var channel = payload.getChannelId();
        var command = CommandText.parse(payload.getText());
        if (command instanceof CommandText.Assess) {
            return openModal(ctx, () -> modal.open(ctx.client(), payload.getTriggerId(), channel));
        }
        if (command instanceof CommandText.Profile) {
            return openModal(ctx, () ->
                    profile.open(ctx.client(), payload.getTriggerId(), workspace, channel, payload.getChannelName()));
        }
        if (command instanceof CommandText.Team) {
            return startThread(ctx, workspace, channel, payload.getChannelName(), payload.getUserId());
        }
        if (command instanceof CommandText.Results) {
            return reply(ctx, replies.results(workspace, channel));
        }
        if (command instanceof CommandText.History) {
            return reply(ctx, replies.history(workspace, channel));
        }
        if (command instanceof CommandText.Explain explain) {
            return reply(ctx, replies.explain(explain.topic()));
        }
        if (command instanceof CommandText.Ask ask) {
            var answer = questions.answer(workspace, channel, payload.getUserId(), ask.question());
            return reply(ctx, new TeamReplies.Reply(answer.text(), answer.blocks()));
        }
        if (command instanceof CommandText.Digest digest) {
            return digests.handle(ctx, workspace, channel, payload.getChannelName(), payload.getUserId(), digest.arguments());
        }
        var unknown = command instanceof CommandText.Help help ? help.unknown() : "";
        return reply(ctx, new TeamReplies.Reply(HelpBlocks.FALLBACK, HelpBlocks.help(unknown)));
    }

    private Response startThread(SlashCommandContext ctx, String workspace, String channel, String channelName,
                                 String user) {
        var client = ctx.client();
        var queued = guide.work().submit("start a team assessment in " + channel, () -> {
            try {
                thread.start(client, workspace, channel, channelName, user);
            } catch (SlackCallException e) {
                LOG.warn("Could not start a team assessment in {}: {}", channel, e.error());
                respond(ctx, e.error().equals("not_in_channel") || e.error().equals("channel_not_found")
                        ? "I can't post in this channel yet. Invite me with `/invite @MLOps Guide` and try again."
                        : "Slack refused to post the team assessment (" + e.error() + "). Please try again.");
            }
        });
        return ctx.ack(queued ? "Starting a team assessment in this channel: answer in the thread."
                : "I'm too busy right now; please try again in a minute.");
    }

    /** Opens a modal before acknowledging, because the trigger expires three seconds after the command. */
    private Response openModal(SlashCommandContext ctx, Runnable open) {
        try {
            open.run();
            return ctx.ack();
        } catch (SlackCallException e) {
            LOG.warn("Could not open a modal: {}", e.error());
            return ctx.ack(e.error().equals("expired_trigger_id") || e.error().equals("exchanged_trigger_id")
                    ? "Slack took too long to open the form. Please run the command again."
                    : "Slack refused to open the form (" + e.error() + "). Please try again.");
        }
    }

    private static Response reply(SlashCommandContext ctx, TeamReplies.Reply reply) {
        List<LayoutBlock> blocks = reply.blocks().isEmpty() ? null : reply.blocks();
        return ctx.ack(r -> r.responseType("ephemeral").text(reply.text()).blocks(blocks));
    }

    private static void respond(SlashCommandContext ctx, String text) {
        try {
            ctx.respond(text);
        } catch (IOException e) {
            LOG.warn("Could not answer through response_url: {}", e.getMessage());
        }
    }
}
