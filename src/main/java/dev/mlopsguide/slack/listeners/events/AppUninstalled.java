package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import dev.mlopsguide.slack.install.Uninstalls;

/** The app was uninstalled from a workspace: its tokens go, and its data after the grace period. */
final class AppUninstalled implements BoltEventHandler<AppUninstalledEvent> {

    private final Uninstalls uninstalls;

    AppUninstalled(Uninstalls uninstalls) {
        this.uninstalls = uninstalls;
    }

    @Override
    public Response apply(EventsApiPayload<AppUninstalledEvent> payload, EventContext ctx) {
        uninstalls.uninstalled(payload.getEnterpriseId(), payload.getTeamId());
        return ctx.ack();
    }
}
