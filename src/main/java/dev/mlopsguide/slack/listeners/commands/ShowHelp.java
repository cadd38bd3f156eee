package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.blocks.HelpBlocks;
import dev.mlopsguide.slack.flows.Reply;

/** {@code /mlops-assess help}, and any text that is not a subcommand: the usage, never an error. */
final class ShowHelp implements Subcommand {

    @Override
    public Response handle(String unknown, SlashCommandPayload command, SlashCommandContext ctx) {
        return Acks.ephemeral(ctx, new Reply(HelpBlocks.FALLBACK, HelpBlocks.help(unknown)));
    }
}
