package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.TeamReplies;

/** {@code /mlops-assess history}: the channel team's results over time, in the ack. */
final class ShowHistory implements Subcommand {

    private final TeamReplies replies;

    ShowHistory(TeamReplies replies) {
        this.replies = replies;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.ephemeral(ctx, replies.history(command.getTeamId(), command.getChannelId()));
    }
}
