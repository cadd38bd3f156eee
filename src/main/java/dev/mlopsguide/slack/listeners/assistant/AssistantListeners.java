package dev.mlopsguide.slack.listeners.assistant;

import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.builtin.Assistant;
import dev.mlopsguide.slack.SlackFeatures;
import org.slf4j.LoggerFactory;

/**
 * The assistant pane, through Bolt's {@code Assistant}: a new thread, the person moving to another channel, and their
 * questions there (any threaded message in the app's DM). Registered after the middleware, so that Slack's retries
 * are dropped before them.
 */
public final class AssistantListeners {

    private AssistantListeners() {
    }

    public static void register(App app, SlackFeatures features) {
        var threads = features.assistant();
        var questions = features.questions();
        var assistant = new Assistant(threads, new OnTheRequestThread(), LoggerFactory.getLogger(Assistant.class));
        assistant.threadStarted((payload, ctx) -> threads.started(payload.getTeamId(), ctx.getChannelId(), ctx.getThreadTs()));
        assistant.threadContextChanged((payload, ctx) -> threads.moved(payload.getTeamId(), ctx.getChannelId(),
                ctx.getThreadTs()));
        assistant.userMessage((payload, ctx) -> questions.requestAssistantAnswer(payload.getTeamId(), ctx.getChannelId(),
                payload.getEvent().getUser(), ctx.getThreadTs(), payload.getEvent().getText()));
        // Other apps' messages in the thread are not questions.
        assistant.botMessage((payload, ctx) -> { });
        app.assistant(assistant);
    }
}
