package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.QuestionAnswering;

/** {@code @MLOps Guide <question>} in a channel: answered in its thread after the ack; bots are not answered. */
final class AppMentioned implements BoltEventHandler<AppMentionEvent> {

    private final BackgroundWork work;
    private final QuestionAnswering questions;

    AppMentioned(BackgroundWork work, QuestionAnswering questions) {
        this.work = work;
        this.questions = questions;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        var event = payload.getEvent();
        if (event.getBotId() == null) {
            var client = ctx.client();
            var threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            work.submit("answer a mention", () -> questions.answerInThread(client, payload.getTeamId(),
                    event.getChannel(), event.getUser(), threadTs, event.getText()));
        }
        return ctx.ack();
    }
}
