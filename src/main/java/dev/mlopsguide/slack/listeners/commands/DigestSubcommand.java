package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.ChannelDigest;
import dev.mlopsguide.slack.flows.Reply;

/**
 * {@code /mlops-assess digest on|off|preview [#channel] [weekday] [HH:MM]}: acknowledges at once; the work (a Slack
 * call for the time zone, the store, the schedule) happens after, and its outcome comes through {@code response_url}.
 */
final class DigestSubcommand implements Subcommand {

    private final BackgroundWork work;
    private final ChannelDigest digests;

    DigestSubcommand(BackgroundWork work, ChannelDigest digests) {
        this.work = work;
        this.digests = digests;
    }

    @Override
    public Response handle(String argument, SlashCommandPayload command, SlashCommandContext ctx) {
        DigestArguments arguments;
        try {
            arguments = DigestArguments.parse(argument);
        } catch (DigestArguments.Invalid e) {
            return ctx.ack(e.getMessage());
        }
        var asker = new ChannelDigest.Asker(ctx.client(), command.getTeamId(), command.getChannelId(),
                command.getChannelName(), command.getUserId());
        var target = arguments.channelId().orElse(command.getChannelId());
        return Acks.answeringLater(ctx, work, "digest " + arguments.action(), switch (arguments.action()) {
            case ON -> "Setting up the weekly digest…";
            case OFF -> "Stopping the weekly digest…";
            case PREVIEW -> "Writing this week's digest for you…";
        }, () -> switch (arguments.action()) {
            case ON -> Reply.plain(digests.subscribe(asker, target, arguments.weekday(), arguments.time()));
            case OFF -> Reply.plain(digests.unsubscribe(asker, target));
            case PREVIEW -> digests.preview(asker);
        });
    }
}
