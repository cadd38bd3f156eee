package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.flows.QuestionAnswering;

/** A direct message to the app: a question, answered in its thread after the ack; bots are not answered. */
final class DirectMessageReceived implements BoltEventHandler<MessageEvent> {

    private final BackgroundWork work;
    private final QuestionAnswering questions;

    DirectMessageReceived(BackgroundWork work, QuestionAnswering questions) {
        this.work = work;
        this.questions = questions;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        var event = payload.getEvent();
        if (event.getBotId() == null && "im".equals(event.getChannelType())) {
            var client = ctx.client();
            var threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            work.submit("answer a direct message", () -> questions.answerInThread(client, payload.getTeamId(),
                    event.getChannel(), event.getUser(), threadTs, event.getText()));
        }
        return ctx.ack();
    }
}
