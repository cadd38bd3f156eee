package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.ProfileModal;

/** {@code /mlops-assess profile}: opens the team profile form, filled in with what is saved. */
final class OpenProfile implements Subcommand {

    private final ProfileModal profile;

    OpenProfile(ProfileModal profile) {
        this.profile = profile;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.openingModal(ctx, () -> profile.open(ctx.client(), command.getTriggerId(), command.getTeamId(),
                command.getChannelId(), command.getChannelName()));
    }
}
