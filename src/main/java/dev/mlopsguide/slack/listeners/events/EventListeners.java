package dev.mlopsguide.slack.listeners.events;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.mlopsguide.slack.SlackFeatures;

/** The Events API: questions by mention or DM, the App Home, and the end of an installation. */
public final class EventListeners {

    private EventListeners() {
    }

    public static void register(App app, SlackFeatures features) {
        app.event(AppMentionEvent.class, new AppMentioned(features.questions()));
        app.event(MessageEvent.class, new DirectMessageReceived(features.questions()));
        app.event(AppHomeOpenedEvent.class, new AppHomeOpened(features.work(), features.home()));
        app.event(AppUninstalledEvent.class, new AppUninstalled(features.uninstalls()));
        app.event(TokensRevokedEvent.class, new TokensRevoked(features.uninstalls()));
    }
}
