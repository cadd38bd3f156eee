package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.AppHome;

/** The person opened the app's Home tab: their team's latest result is published there after the ack. */
final class AppHomeOpened implements BoltEventHandler<AppHomeOpenedEvent> {

    private final BackgroundWork work;
    private final AppHome home;

    AppHomeOpened(BackgroundWork work, AppHome home) {
        this.work = work;
        this.home = home;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        var event = payload.getEvent();
        // Slack names the person's DM with the app; without it there is no Home to show.
        if ("home".equals(event.getTab()) && event.getChannel() != null && event.getUser() != null) {
            var client = ctx.client();
            var workspace = payload.getTeamId();
            work.submit("publish the App Home of " + event.getUser(),
                    () -> home.publish(client, workspace, event.getUser()));
        }
        return ctx.ack();
    }
}
