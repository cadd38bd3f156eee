package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.NextSteps;

/** {@code /mlops-assess steps}: the channel's team's adopted next steps, with a status menu each, in the ack. */
final class ShowSteps implements Subcommand {

    private final NextSteps steps;

    ShowSteps(NextSteps steps) {
        this.steps = steps;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.ephemeral(ctx, steps.steps(command.getTeamId(), command.getChannelId()));
    }
}
