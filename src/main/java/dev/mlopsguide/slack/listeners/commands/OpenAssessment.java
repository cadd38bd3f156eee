package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.AssessmentModal;

/** {@code /mlops-assess}: opens the assessment modal for the channel's team. */
final class OpenAssessment implements Subcommand {

    private final AssessmentModal modal;

    OpenAssessment(AssessmentModal modal) {
        this.modal = modal;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.openingModal(ctx, () -> modal.open(ctx.client(), command.getTriggerId(), command.getTeamId(),
                command.getChannelId()));
    }
}
