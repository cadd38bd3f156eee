package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** One subcommand of {@code /mlops-assess}: acknowledges within Slack's three seconds, and delegates the rest. */
@FunctionalInterface
interface Subcommand {

    /** {@code argument}: the text after the subcommand's name. */
    Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx);
}
