package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AssessmentModal;
import dev.mlopsguide.slack.webapi.SlackChannels;

/** {@code /mlops-assess}: opens the assessment modal for the channel's team; in a DM, it first asks which team. */
final class OpenAssessment implements Subcommand {

    private final BackgroundWork work;
    private final AssessmentModal modal;

    OpenAssessment(BackgroundWork work, AssessmentModal modal) {
        this.work = work;
        this.modal = modal;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        if (SlackChannels.isDirect(command.getChannelId())) {
            return Acks.openingModal(ctx, work, () -> modal.openChoosingTeam(ctx.client(), command.getTriggerId(),
                    command.getTeamId(), command.getUserId()));
        }
        return Acks.openingModal(ctx, work, () -> modal.open(ctx.client(), command.getTriggerId(), command.getTeamId(),
                command.getChannelId()));
    }
}
