package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.ChannelRenameEvent;
import com.slack.api.model.event.GroupRenameEvent;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.team.Names;

/** A channel (public or private) was renamed: its team takes the new name, after the ack. */
final class ChannelRenamed {

    private ChannelRenamed() {
    }

    static BoltEventHandler<ChannelRenameEvent> publicChannel(BackgroundWork work, Names names) {
        return (payload, ctx) -> renamed(work, names, payload, ctx, payload.getEvent().getChannel().getId(),
                payload.getEvent().getChannel().getName());
    }

    static BoltEventHandler<GroupRenameEvent> privateChannel(BackgroundWork work, Names names) {
        return (payload, ctx) -> renamed(work, names, payload, ctx, payload.getEvent().getChannel().getId(),
                payload.getEvent().getChannel().getName());
    }

    private static Response renamed(BackgroundWork work, Names names, EventsApiPayload<?> payload, EventContext ctx,
                                    String channelId, String name) {
        var workspace = payload.getTeamId();
        work.submit("follow a channel rename", () -> names.channel(workspace, channelId, name));
        return ctx.ack();
    }
}
