package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.flows.TeamReplies;

/** {@code /mlops-assess explain [design|train|operate|levels]}: a lifecycle step or the levels, in the ack. */
final class ExplainTopic implements Subcommand {

    private final TeamReplies replies;

    ExplainTopic(TeamReplies replies) {
        this.replies = replies;
    }

    @Override
    public Response handle(String topic, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.ephemeral(ctx, replies.explain(topic));
    }
}
