package dev.mlopsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;

/**
 * Mentions and direct messages. Answering MLOps questions lands in a later release; until then the app says so in
 * the thread and points to what it can do, rather than leaving people unanswered.
 */
public final class Mentions {

    static final String NOT_YET = "I can't answer questions yet: that is coming soon. Meanwhile `/mlops-assess` "
            + "assesses your team, and `/mlops-assess explain design` (or train, operate, levels) covers the basics.";

    private final Guide guide;

    public Mentions(Guide guide) {
        this.guide = guide;
    }

    public void register(App app) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            var event = payload.getEvent();
            if (event.getBotId() == null) {
                var client = ctx.client();
                var threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
                guide.work().submit("answer a mention", () -> guide.calls().call("chat.postMessage",
                        () -> client.chatPostMessage(r -> r.channel(event.getChannel()).threadTs(threadTs).text(NOT_YET))));
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            var event = payload.getEvent();
            if (event.getBotId() == null && "im".equals(event.getChannelType())) {
                var client = ctx.client();
                guide.work().submit("answer a direct message", () -> guide.calls().call("chat.postMessage",
                        () -> client.chatPostMessage(r -> r.channel(event.getChannel()).text(NOT_YET))));
            }
            return ctx.ack();
        });
    }
}
