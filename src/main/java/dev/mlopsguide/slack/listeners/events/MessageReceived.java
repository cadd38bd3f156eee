package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.mlopsguide.slack.flows.QuestionAnswering;

/**
 * A message: in the app's DM, a question (threaded ones come through the assistant listeners); in a channel thread
 * without a mention, perhaps a follow-up to an answer (a mention comes as {@code app_mention}). Kept before the
 * ack and answered right after it; bots are not answered.
 */
final class MessageReceived implements BoltEventHandler<MessageEvent> {

    private final QuestionAnswering questions;

    MessageReceived(QuestionAnswering questions) {
        this.questions = questions;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        var event = payload.getEvent();
        if (event.getBotId() != null || event.getUser() == null) {
            return ctx.ack();
        }
        if ("im".equals(event.getChannelType())) {
            var threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            questions.requestAnswerInThread(payload.getTeamId(), event.getChannel(), event.getUser(), threadTs,
                    event.getText());
        } else if (event.getThreadTs() != null && !mentions(event.getText(), ctx.getBotUserId())) {
            questions.requestFollowUp(payload.getTeamId(), event.getChannel(), event.getUser(), event.getThreadTs(),
                    event.getText());
        }
        return ctx.ack();
    }

    private static boolean mentions(String text, String botUserId) {
        return text != null && botUserId != null && text.contains("<@" + botUserId);
    }
}
