package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.QuestionSettings;
import dev.mlopsguide.slack.flows.Reply;
import dev.mlopsguide.slack.webapi.SlackCallException;

/**
 * {@code /mlops-assess settings [name value]}: the settings are shown in the ack; a change waits for Slack to say the
 * person is an admin, so it is acknowledged at once and its outcome comes through {@code response_url}.
 */
final class SettingsSubcommand implements Subcommand {

    private final BackgroundWork work;
    private final QuestionSettings settings;

    SettingsSubcommand(BackgroundWork work, QuestionSettings settings) {
        this.work = work;
        this.settings = settings;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        if (argument.isBlank()) {
            return Acks.ephemeral(ctx, Reply.plain(settings.describe(command.getTeamId())));
        }
        var client = ctx.client();
        var submitted = work.submit("change a setting", () -> {
            String outcome;
            try {
                outcome = settings.change(client, command.getTeamId(), command.getUserId(), argument);
            } catch (QuestionSettings.NotAllowed e) {
                outcome = e.getMessage();
            } catch (SlackCallException e) {
                outcome = "I could not check that you may change the settings. " + e.inWords();
            } catch (RuntimeException e) {
                Acks.respond(ctx, Reply.plain(Acks.FAILED_AFTER_ACK));
                throw e;
            }
            Acks.respond(ctx, Reply.plain(outcome));
        });
        return Acks.ephemeral(ctx, Reply.plain(submitted ? "Changing the setting…"
                : "I am too busy to change it right now; please try again in a minute."));
    }
}
