package dev.mlopsguide.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the sandbox's page shows, kept as Slack would: the messages of each channel and thread (ephemeral ones only
 * for their person), the stack of modals and the Home of each person, and a log of every request and Web API call.
 * It follows the app's Web API calls as the fake Slack answers them.
 */
final class SandboxState {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOG_SIZE = 300;

    private final List<ObjectNode> messages = new ArrayList<>();
    private final Map<String, List<ObjectNode>> modals = new HashMap<>();
    private final Map<String, JsonNode> homes = new HashMap<>();
    private final List<ObjectNode> log = new ArrayList<>();
    private final Optional<Path> file;
    /** Slack's message timestamps, from the fake Slack's one clock, so that no two messages share one. */
    private final Supplier<String> timestamps;
    private final Clock clock;
    private long version;
    private String actor = "";
    private String actorChannel = "";

    /**
     * {@code file}, if any, keeps the messages and Homes across restarts (as Slack keeps them while the app restarts),
     * so that a team thread opened before a restart can be continued after it.
     */
    SandboxState(Optional<Path> file, Supplier<String> timestamps, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.timestamps = timestamps;
        file.filter(Files::isRegularFile).ifPresent(this::load);
    }

    /** The latest ts given to a message, so that the fake Slack goes on after it. */
    synchronized Optional<String> latestTs() {
        return messages.stream().map(m -> m.path("ts").asText()).max(Comparator.naturalOrder());
    }

    /** Who acted last, and where: response URLs and new modals belong to them (one person at the keyboard). */
    synchronized void acting(String user, String channel) {
        actor = user;
        actorChannel = channel;
    }

    /** A person's message; returns its ts. */
    synchronized String said(String user, String channel, String text, String threadTs) {
        var ts = nextTs();
        add(message(channel, ts, user, text, null, threadTs, null));
        return ts;
    }

    /** An ephemeral reply to a slash command, shown only to {@code user}. */
    synchronized void ephemeral(String user, String channel, JsonNode reply) {
        var message = message(channel, nextTs(), FakeSlack.BOT_USER, reply.path("text").asText(""),
                reply.path("blocks").isArray() ? reply.path("blocks") : null, null, user);
        add(message);
    }

    /** A request the page sent to the app, as Slack would: who sent it and what it said. */
    synchronized void request(String name, String user, String body, int status, long millis) {
        entry("request", name, String.valueOf(status), millis).put("user", user).put("body", body);
    }

    /** Follows one Web API call of the app, as answered. */
    synchronized void apply(FakeSlack.Call call) {
        entry("api", call.method(), call.outcome(), 0).put("body", SandboxLog.body(call.params()));
        if (!"ok".equals(call.outcome())) {
            return;
        }
        var params = call.params();
        var response = json(call.response());
        switch (call.method()) {
            case "chat.postMessage" -> add(message(params.get("channel"), response.path("ts").asText(), FakeSlack.BOT_USER,
                    params.getOrDefault("text", ""), json(params.get("blocks")), params.get("thread_ts"), null));
            case "chat.update" -> messages.stream().filter(m -> m.path("channel").asText().equals(params.get("channel"))
                    && m.path("ts").asText().equals(params.get("ts"))).forEach(m -> {
                        m.put("text", params.getOrDefault("text", ""));
                        m.set("blocks", json(params.get("blocks")));
                        m.put("edited", true);
                    });
            case "chat.postEphemeral" -> add(message(params.get("channel"), nextTs(), FakeSlack.BOT_USER,
                    params.getOrDefault("text", ""), json(params.get("blocks")), null, params.get("user")));
            case "views.open" -> {
                var stack = new ArrayList<ObjectNode>();
                stack.add((ObjectNode) response.path("view"));
                modals.put(actor, stack);
            }
            case "views.push" -> modals.computeIfAbsent(actor, u -> new ArrayList<>()).add((ObjectNode) response.path("view"));
            case "views.update" -> replaceView(params.get("view_id"), (ObjectNode) response.path("view"));
            case "views.publish" -> homes.put(params.get("user_id"), response.path("view"));
            case "files.completeUploadExternal" -> json(params.get("files")).forEach(file -> {
                var message = message(params.get("channel_id"), nextTs(), FakeSlack.BOT_USER, file.path("title").asText(),
                        null, params.get("thread_ts"), null);
                message.put("file", file.path("id").asText());
                add(message);
            });
            case "response_url" -> respond(json(params.get("body")));
            default -> { }
        }
        touch();
    }

    /** The app's answer to a submitted modal: close it, replace it, push another, clear them all, or show errors. */
    synchronized void viewAnswer(String user, String viewId, JsonNode answer) {
        var stack = modals.getOrDefault(user, new ArrayList<>());
        var action = answer.path("response_action").asText("");
        switch (action) {
            case "update" -> replaceView(viewId, withId((ObjectNode) answer.path("view"), viewId));
            case "push" -> stack.add(withId((ObjectNode) answer.path("view"), "VP" + nextTs()));
            case "clear" -> stack.clear();
            case "errors" -> stack.stream().filter(v -> v.path("id").asText().equals(viewId))
                    .forEach(v -> v.set("errors", answer.path("errors")));
            default -> stack.removeIf(v -> v.path("id").asText().equals(viewId));
        }
        touch();
    }

    /** Something the page shows changed outside the app's calls (a fault armed). */
    synchronized void changed() {
        touch();
    }

    synchronized void closeView(String user, String viewId) {
        modals.getOrDefault(user, new ArrayList<>()).removeIf(v -> v.path("id").asText().equals(viewId));
        touch();
    }

    synchronized JsonNode view(String user, String viewId) {
        return modals.getOrDefault(user, List.of()).stream().filter(v -> v.path("id").asText().equals(viewId))
                .findFirst().map(JsonNode.class::cast).orElseGet(() -> homes.getOrDefault(user, JSON.createObjectNode()));
    }

    synchronized ObjectNode snapshot() {
        var state = JSON.createObjectNode();
        state.put("version", version);
        state.set("messages", JSON.valueToTree(messages));
        state.set("modals", JSON.valueToTree(modals));
        state.set("homes", JSON.valueToTree(homes));
        state.set("log", JSON.valueToTree(log));
        return state;
    }

    private void respond(JsonNode body) {
        var blocks = body.path("blocks").isArray() ? body.path("blocks") : null;
        if (body.path("replace_original").asBoolean(false) || body.path("delete_original").asBoolean(false)) {
            var last = messages.stream().filter(m -> actor.equals(m.path("ephemeral").asText(""))
                    && m.path("channel").asText().equals(actorChannel)).reduce((a, b) -> b);
            last.ifPresent(messages::remove);
        }
        if (body.path("delete_original").asBoolean(false)) {
            return;
        }
        var inChannel = "in_channel".equals(body.path("response_type").asText());
        add(message(actorChannel, nextTs(), FakeSlack.BOT_USER, body.path("text").asText(""), blocks, null,
                inChannel ? null : actor));
    }

    private void replaceView(String viewId, ObjectNode view) {
        for (var stack : modals.values()) {
            for (int i = 0; i < stack.size(); i++) {
                if (stack.get(i).path("id").asText().equals(viewId)) {
                    stack.set(i, withId(view, viewId));
                }
            }
        }
    }

    private static ObjectNode withId(ObjectNode view, String id) {
        var copy = view.deepCopy();
        copy.put("id", id);
        copy.put("hash", "h" + System.nanoTime());
        return copy;
    }

    private void add(ObjectNode message) {
        messages.add(message);
        touch();
    }

    private void touch() {
        version++;
        file.ifPresent(this::save);
    }

    private void save(Path path) {
        var kept = JSON.createObjectNode();
        kept.set("messages", JSON.valueToTree(messages));
        kept.set("homes", JSON.valueToTree(homes));
        try {
            var temporary = path.resolveSibling(path.getFileName() + ".tmp");
            Files.write(temporary, JSON.writeValueAsBytes(kept));
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the sandbox's messages in " + path, e);
        }
    }

    private void load(Path path) {
        try {
            var kept = JSON.readTree(path.toFile());
            kept.path("messages").forEach(m -> messages.add((ObjectNode) m));
            kept.path("homes").fields().forEachRemaining(h -> homes.put(h.getKey(), h.getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sandbox's messages from " + path, e);
        }
    }

    private ObjectNode entry(String kind, String name, String outcome, long millis) {
        var entry = JSON.createObjectNode().put("kind", kind).put("name", name).put("outcome", outcome)
                .put("millis", millis).put("at", SandboxLog.time(clock.instant()));
        log.add(entry);
        if (log.size() > LOG_SIZE) {
            log.remove(0);
        }
        touch();
        return entry;
    }

    private ObjectNode message(String channel, String ts, String user, String text, JsonNode blocks, String threadTs,
                               String ephemeralFor) {
        var message = JSON.createObjectNode().put("channel", channel).put("ts", ts).put("user", user).put("text", text);
        if (blocks != null && blocks.isArray()) {
            message.set("blocks", blocks);
        }
        if (threadTs != null) {
            message.put("thread_ts", threadTs);
        }
        if (ephemeralFor != null) {
            message.put("ephemeral", ephemeralFor);
        }
        return message;
    }

    private String nextTs() {
        return timestamps.get();
    }

    private static JsonNode json(String text) {
        if (text == null || text.isEmpty()) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createArrayNode();
        }
    }

}
