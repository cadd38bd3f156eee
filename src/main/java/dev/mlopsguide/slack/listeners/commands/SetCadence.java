package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.TeamRhythm;

/** {@code /mlops-assess cadence [choice]}: how often the channel's team is invited to re-assess, changed in the ack. */
final class SetCadence implements Subcommand {

    private final TeamRhythm rhythm;

    SetCadence(TeamRhythm rhythm) {
        this.rhythm = rhythm;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.ephemeral(ctx, rhythm.cadence(command.getTeamId(), command.getChannelId(), command.getChannelName(),
                argument, command.getUserId()));
    }
}
