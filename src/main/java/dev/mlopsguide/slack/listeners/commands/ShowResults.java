package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.TeamReplies;

/** {@code /mlops-assess results}: the channel team's latest result, in the ack. */
final class ShowResults implements Subcommand {

    private final TeamReplies replies;

    ShowResults(TeamReplies replies) {
        this.replies = replies;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.ephemeral(ctx, replies.results(command.getTeamId(), command.getChannelId()));
    }
}
