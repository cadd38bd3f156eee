package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.webapi.SlackChannels;

/** A subcommand about the channel's team: in a DM, which is no team, it says where to run it instead. */
final class InTeamChannel implements Subcommand {

    private final String name;
    private final Subcommand subcommand;

    InTeamChannel(String name, Subcommand subcommand) {
        this.name = name;
        this.subcommand = subcommand;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        if (SlackChannels.isDirect(command.getChannelId())) {
            return ctx.ack("A team is a channel: run `/mlops-assess " + name + "` in your team's channel. "
                    + "Here, `/mlops-assess` asks which team you are assessing.");
        }
        return subcommand.handle(argument, command, ctx);
    }
}
