package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.OrgView;

/**
 * {@code /mlops-assess org}: acknowledged at once; who may see it is asked of Slack, and the roll-up (with the heat
 * map in a DM) made, after the ack, the answer coming through {@code response_url}.
 */
final class OrgSubcommand implements Subcommand {

    private final BackgroundWork work;
    private final OrgView org;

    OrgSubcommand(BackgroundWork work, OrgView org) {
        this.work = work;
        this.org = org;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        var client = ctx.client();
        return Acks.answeringLater(ctx, work, "roll up every team", "Rolling up every team…",
                () -> org.show(client, command.getTeamId(), command.getUserId()));
    }
}
