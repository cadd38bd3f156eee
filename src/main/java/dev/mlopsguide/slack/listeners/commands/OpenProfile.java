package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.ProfileModal;

/** {@code /mlops-assess profile}: opens the team profile form, filled in with what is saved. */
final class OpenProfile implements Subcommand {

    private final BackgroundWork work;
    private final ProfileModal profile;

    OpenProfile(BackgroundWork work, ProfileModal profile) {
        this.work = work;
        this.profile = profile;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.openingModal(ctx, work, () -> profile.open(ctx.client(), command.getTriggerId(), command.getTeamId(),
                command.getChannelId(), command.getChannelName()));
    }
}
