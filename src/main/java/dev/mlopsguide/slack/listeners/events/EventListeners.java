package dev.mlopsguide.slack.listeners.events;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.ChannelRenameEvent;
import com.slack.api.model.event.GroupRenameEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.mlopsguide.slack.SlackFeatures;
import dev.mlopsguide.slack.flows.WorkflowSteps;

/** The Events API: questions by mention, DM or follow-up in a thread, the App Home, renamed channels, the workflow step, and the end of an
 * installation. */
public final class EventListeners {

    private EventListeners() {
    }

    public static void register(App app, SlackFeatures features) {
        app.event(AppMentionEvent.class, new AppMentioned(features.questions()));
        app.event(MessageEvent.class, new MessageReceived(features.questions()));
        app.event(AppHomeOpenedEvent.class, new AppHomeOpened(features.work(), features.home()));
        app.event(ChannelRenameEvent.class, ChannelRenamed.publicChannel(features.work(), features.names()));
        app.event(GroupRenameEvent.class, ChannelRenamed.privateChannel(features.work(), features.names()));
        app.event(AppUninstalledEvent.class, new AppUninstalled(features.uninstalls()));
        app.event(TokensRevokedEvent.class, new TokensRevoked(features.uninstalls()));
        app.function(WorkflowSteps.CHECK_IN_FUNCTION, new CheckInStepExecuted(features.workflows()));
    }
}
