package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.ChannelAssessment;

/**
 * {@code /mlops-assess team}: keeps the work of starting the thread, then acknowledges; the thread is posted right
 * after, and after a crash or a deploy if one comes first. A channel with an open thread is pointed to it instead.
 */
final class StartTeamThread implements Subcommand {

    private final ChannelAssessment thread;

    StartTeamThread(ChannelAssessment thread) {
        this.thread = thread;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        return ctx.ack(thread.requestStart(command.getTeamId(), command.getTeamDomain(), command.getChannelId(),
                command.getChannelName(), command.getUserId(), command.getResponseUrl())
                .orElse("Starting a team assessment in this channel: answer in the thread."));
    }
}
