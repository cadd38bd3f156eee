package dev.mlopsguide.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a signed request must look like before Bolt parses it: the fields the app reads are present, of the right
 * type and within Slack's sizes. A request of another shape is answered 400 by the caller, which names the first
 * field at fault and nothing of its value.
 */
final class RequestShapes {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Slack's ids (T…, C…, U…, V…, Ev…), trigger ids and message timestamps. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern TS = Pattern.compile("\\d{1,12}(\\.\\d{1,9})?");
    private static final Set<String> INTERACTIONS = Set.of("block_actions", "view_submission", "view_closed");
    private static final int TEXT = 40_000;
    private static final int COMMAND_TEXT = 4_000;

    private RequestShapes() {
    }

    /** The first thing wrong with the body, or empty when the app can read it. */
    static Optional<String> problem(String body, boolean json) {
        if (json) {
            return parse(body).map(RequestShapes::event).orElse(Optional.of("the body is not a JSON object"));
        }
        var form = form(body);
        if (form.isEmpty()) {
            return Optional.of("the body is not a form");
        }
        if (form.get().has("payload")) {
            return parse(form.get().path("payload").asText()).map(RequestShapes::interaction)
                    .orElse(Optional.of("payload is not a JSON object"));
        }
        if (form.get().has("ssl_check")) {
            return Optional.empty();
        }
        return command(form.get());
    }

    private static Optional<String> command(ObjectNode form) {
        return new Shape(form).id("team_id").id("channel_id").id("user_id").id("trigger_id")
                .text("command", 64, true).text("text", COMMAND_TEXT, false).text("channel_name", 200, false)
                .text("user_name", 200, false).url("response_url", true).problem();
    }

    private static Optional<String> interaction(ObjectNode payload) {
        var type = payload.path("type").asText("");
        if (!INTERACTIONS.contains(type)) {
            return Optional.of("type is not an interaction the app handles");
        }
        var shape = new Shape(payload).object("team", true).id("team/id").object("user", true).id("user/id")
                .optionalId("trigger_id").optionalId("channel/id").url("response_url", false)
                .ts("message/ts").ts("message/thread_ts").view("view", !type.equals("block_actions"));
        if (type.equals("block_actions")) {
            shape.actions();
        }
        return shape.problem();
    }

    private static Optional<String> event(ObjectNode body) {
        if (body.path("type").asText("").equals("url_verification")) {
            return new Shape(body).text("challenge", 255, true).problem();
        }
        if (!body.path("type").asText("").equals("event_callback")) {
            return Optional.of("type is not an event callback");
        }
        // Bolt's assistant listeners read the whole envelope: its other fields must be of their types too.
        var shape = new Shape(body).id("team_id").id("event_id").object("event", true).text("event/type", 64, true)
                .text("token", 255, false).optionalId("api_app_id").number("event_time");
        // A renamed channel comes as an object with its id and new name; elsewhere a channel is its id.
        shape = body.path("event").path("channel").isObject()
                ? shape.id("event/channel/id").text("event/channel/name", 80, true)
                : shape.optionalId("event/channel");
        // The assistant pane's events name its thread, and the channel the person is viewing, in an object.
        shape = shape.optionalId("event/assistant_thread/user_id").optionalId("event/assistant_thread/channel_id")
                .ts("event/assistant_thread/thread_ts").optionalId("event/assistant_thread/context/channel_id")
                .optionalId("event/assistant_thread/context/team_id");
        return shape.optionalId("event/user").text("event/text", TEXT, false)
                .text("event/channel_type", 32, false).text("event/tab", 32, false).ts("event/ts")
                .ts("event/thread_ts").ts("event/event_ts").optionalId("event/bot_id").noNulls("event").problem();
    }

    private static Optional<ObjectNode> parse(String json) {
        try {
            return JSON.readTree(json) instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<ObjectNode> form(String body) {
        var form = JSON.createObjectNode();
        try {
            for (var pair : body.split("&")) {
                var cut = pair.indexOf('=');
                if (cut < 0) {
                    return Optional.empty();
                }
                form.put(URLDecoder.decode(pair.substring(0, cut), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(cut + 1), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(form);
    }

    /** Checks of one JSON object, by path; the first problem found is kept. */
    private static final class Shape {
        private final ObjectNode root;
        private String problem;

        Shape(ObjectNode root) {
            this.root = root;
        }

        Optional<String> problem() {
            return Optional.ofNullable(problem);
        }

        Shape id(String path) {
            return check(path, true, JsonNodeType.STRING, n -> ID.matcher(n.asText()).matches(), "is not a Slack id");
        }

        Shape optionalId(String path) {
            return check(path, false, JsonNodeType.STRING, n -> ID.matcher(n.asText()).matches(), "is not a Slack id");
        }

        Shape text(String path, int max, boolean required) {
            return check(path, required, JsonNodeType.STRING, n -> n.asText().length() <= max,
                    "is longer than " + max + " characters");
        }

        Shape ts(String path) {
            return check(path, false, JsonNodeType.STRING, n -> TS.matcher(n.asText()).matches(), "is not a timestamp");
        }

        Shape number(String path) {
            return check(path, false, JsonNodeType.NUMBER, n -> n.canConvertToLong(), "is not a whole number");
        }

        Shape url(String path, boolean required) {
            return check(path, required, JsonNodeType.STRING, n -> n.asText().length() <= 1000
                    && (n.asText().startsWith("https://") || n.asText().startsWith("http://")), "is not a URL");
        }

        Shape object(String path, boolean required) {
            return check(path, required, JsonNodeType.OBJECT, n -> true, "");
        }

        Shape view(String path, boolean required) {
            object(path, required);
            if (root.at("/" + path).isObject()) {
                optionalId(path + "/id").text(path + "/callback_id", 255, required).text(path + "/hash", 255, false)
                        .text(path + "/private_metadata", 3000, false).text(path + "/type", 32, false)
                        .check(path + "/state", false, JsonNodeType.OBJECT, n -> n.path("values").isMissingNode()
                                || n.path("values").isObject(), "has no values object");
            }
            return this;
        }

        /** Bolt's own middleware reads the event's fields as strings: none may be null. */
        Shape noNulls(String path) {
            root.at("/" + path).fields().forEachRemaining(field -> {
                if (field.getValue().isNull()) {
                    fail(path + "." + field.getKey() + " is null");
                }
            });
            return this;
        }

        Shape actions() {
            var actions = root.path("actions");
            if (!actions.isArray() || actions.isEmpty() || actions.size() > 25) {
                fail("actions is not a list of 1 to 25 actions");
                return this;
            }
            for (int i = 0; i < actions.size(); i++) {
                check("actions/" + i, true, JsonNodeType.OBJECT, n -> true, "");
                text("actions/" + i + "/action_id", 255, true).text("actions/" + i + "/value", 2000, false)
                        .text("actions/" + i + "/block_id", 255, false);
            }
            return this;
        }

        private Shape check(String path, boolean required, JsonNodeType type, Predicate<JsonNode> ok,
                            String why) {
            if (problem != null) {
                return this;
            }
            var node = root.at("/" + path);
            if (node.isMissingNode()) {
                if (required) {
                    fail(path.replace('/', '.') + " is missing");
                }
            } else if (node.getNodeType() != type) {
                fail(path.replace('/', '.') + " is not " + switch (type) {
                    case OBJECT -> "an object";
                    case NUMBER -> "a number";
                    default -> "a string";
                });
            } else if (!ok.test(node)) {
                fail(path.replace('/', '.') + " " + why);
            }
            return this;
        }

        private void fail(String why) {
            if (problem == null) {
                problem = why;
            }
        }
    }
}
