package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.mlopsguide.slack.flows.QuestionAnswering;

/** A direct message to the app: a question, kept before the ack and answered in its thread right after it; bots are not answered. */
final class DirectMessageReceived implements BoltEventHandler<MessageEvent> {

    private final QuestionAnswering questions;

    DirectMessageReceived(QuestionAnswering questions) {
        this.questions = questions;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        var event = payload.getEvent();
        if (event.getBotId() == null && "im".equals(event.getChannelType())) {
            var threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            questions.requestAnswerInThread(payload.getTeamId(), event.getChannel(), event.getUser(), threadTs,
                    event.getText());
        }
        return ctx.ack();
    }
}
