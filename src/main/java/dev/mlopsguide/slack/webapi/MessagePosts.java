package dev.mlopsguide.slack.webapi;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Posts messages that must appear once, although {@code chat.postMessage} is not idempotent and its answer can be
 * lost (a timeout, a broken connection, a 5xx, a crash before the answer is recorded). Each message carries Slack
 * message metadata naming what it is; when a post is in doubt, the channel or thread is searched for that name
 * before posting again.
 */
public final class MessagePosts {

    /** The metadata event type of every message the app posts once. */
    public static final String EVENT_TYPE = "mlops_guide_post";
    /** How many of the latest messages are searched; a retry comes within minutes, long before they scroll away. */
    static final int SEARCHED = 100;

    /**
     * Where a message goes ({@code threadTs} null for the channel itself) and the name that makes it unique there,
     * such as {@code question:17:data_versioning}; {@code broadcast}: a reply also shown in the channel.
     */
    public record Target(String channel, String threadTs, String name, boolean broadcast) {
        public static Target channel(String channel, String name) {
            return new Target(channel, null, name, false);
        }

        public static Target thread(String channel, String threadTs, String name) {
            return new Target(channel, threadTs, name, false);
        }

        /** A reply in the thread that the channel sees too. */
        public static Target broadcast(String channel, String threadTs, String name) {
            return new Target(channel, threadTs, name, true);
        }
    }

    private final SlackCalls calls;

    public MessagePosts(SlackCalls calls) {
        this.calls = calls;
    }

    /**
     * Posts the message unless it is there already, and returns its {@code ts}.
     *
     * @param mayExist whether an earlier attempt may have posted it (a retried piece of work): then it is looked for
     *                 first
     */
    public String post(MethodsClient client, Target target, boolean mayExist, String text, List<LayoutBlock> blocks) {
        if (mayExist) {
            var found = find(client, target);
            if (found.isPresent()) {
                return found.get();
            }
        }
        var metadata = Message.Metadata.builder().eventType(EVENT_TYPE).eventPayload(Map.of("key", target.name())).build();
        var posted = calls.callOnce("chat.postMessage",
                () -> client.chatPostMessage(r -> r.channel(target.channel()).threadTs(target.threadTs())
                        .replyBroadcast(target.broadcast()).text(text)
                        .blocks(blocks == null || blocks.isEmpty() ? null : blocks).metadata(metadata)),
                () -> find(client, target).map(ts -> found(target.channel(), ts)));
        return posted.getTs();
    }

    /**
     * A note to a person in their DM with the app, where no other way to reach them is left; posted once, as any
     * post here, under a name of its own.
     */
    public void tellDirectly(MethodsClient client, String userId, String text) {
        post(client, Target.channel(directChannel(client, userId), "note:" + UUID.randomUUID()), false, text, List.of());
    }

    /** The app's direct message channel with a person (opening it is idempotent in Slack). */
    public String directChannel(MethodsClient client, String userId) {
        return calls.call("conversations.open", () -> client.conversationsOpen(r -> r.users(List.of(userId))))
                .getChannel().getId();
    }

    /** The {@code ts} of the message posted under the target's name, if it is there. */
    public Optional<String> find(MethodsClient client, Target target) {
        List<Message> messages = target.threadTs() == null
                ? calls.call("conversations.history", () -> client.conversationsHistory(r -> r.channel(target.channel())
                        .limit(SEARCHED).includeAllMetadata(true))).getMessages()
                : calls.call("conversations.replies", () -> client.conversationsReplies(r -> r.channel(target.channel())
                        .ts(target.threadTs()).limit(SEARCHED).includeAllMetadata(true))).getMessages();
        return (messages == null ? List.<Message>of() : messages).stream()
                .filter(m -> isNamed(m.getMetadata(), target.name()))
                .map(Message::getTs)
                .findFirst();
    }

    private static boolean isNamed(Message.Metadata metadata, String name) {
        return metadata != null && EVENT_TYPE.equals(metadata.getEventType()) && metadata.getEventPayload() != null
                && name.equals(metadata.getEventPayload().get("key"));
    }

    private static ChatPostMessageResponse found(String channel, String ts) {
        var response = new ChatPostMessageResponse();
        response.setOk(true);
        response.setChannel(channel);
        response.setTs(ts);
        return response;
    }
}
