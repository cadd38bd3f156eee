package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.mlopsguide.slack.flows.QuestionAnswering;

/**
 * {@code @MLOps Guide <question>} in a channel: kept before the ack and answered in its thread right after it; bots
 * are not answered.
 */
final class AppMentioned implements BoltEventHandler<AppMentionEvent> {

    private final QuestionAnswering questions;

    AppMentioned(QuestionAnswering questions) {
        this.questions = questions;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        var event = payload.getEvent();
        if (event.getBotId() == null) {
            var threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            questions.requestAnswerInThread(payload.getTeamId(), event.getChannel(), event.getUser(), threadTs,
                    event.getText());
        }
        return ctx.ack();
    }
}
