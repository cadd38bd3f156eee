package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.slack.flows.Reply;
import dev.mlopsguide.slack.webapi.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /mlops-assess team}: acknowledges, then starts the assessment as a thread in the channel. */
final class StartTeamThread implements Subcommand {

    private static final Logger LOG = LoggerFactory.getLogger(StartTeamThread.class);

    private final BackgroundWork work;
    private final ChannelAssessment thread;

    StartTeamThread(BackgroundWork work, ChannelAssessment thread) {
        this.work = work;
        this.thread = thread;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        var client = ctx.client();
        var channel = command.getChannelId();
        var queued = work.submit("start a team assessment in " + channel, () -> {
            try {
                thread.start(client, command.getTeamId(), channel, command.getChannelName(), command.getUserId());
            } catch (SlackCallException e) {
                LOG.warn("Could not start a team assessment in {}: {}", channel, e.error());
                Acks.respond(ctx, Reply.plain(e.error().equals("not_in_channel") || e.error().equals("channel_not_found")
                        ? "I can't post in this channel yet. Invite me with `/invite @MLOps Guide` and try again."
                        : "Slack refused to post the team assessment (" + e.error() + "). Please try again."));
            } catch (RuntimeException e) {
                Acks.respond(ctx, Reply.plain(Acks.FAILED_AFTER_ACK));
                throw e;
            }
        });
        return ctx.ack(queued ? "Starting a team assessment in this channel: answer in the thread."
                : "I'm too busy right now; please try again in a minute.");
    }
}
