package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.WorkspaceChoices;
import dev.mlopsguide.slack.flows.Reply;

/**
 * {@code /mlops-assess settings [name value]}: the settings are shown in the ack; a change waits for Slack to say the
 * person is an admin, so it is acknowledged at once and its outcome comes through {@code response_url}.
 */
final class SettingsSubcommand implements Subcommand {

    private final BackgroundWork work;
    private final WorkspaceChoices settings;

    SettingsSubcommand(BackgroundWork work, WorkspaceChoices settings) {
        this.work = work;
        this.settings = settings;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        if (argument.isBlank()) {
            return Acks.ephemeral(ctx, Reply.plain(settings.describe(command.getTeamId())));
        }
        var client = ctx.client();
        return Acks.answeringLater(ctx, work, "change a setting", "Changing the setting…", () -> {
            try {
                return Reply.plain(settings.change(client, command.getTeamId(), command.getUserId(), argument));
            } catch (WorkspaceChoices.NotAllowed e) {
                return Reply.plain(e.getMessage());
            }
        });
    }
}
