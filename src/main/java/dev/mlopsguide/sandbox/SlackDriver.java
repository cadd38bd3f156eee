package dev.mlopsguide.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlopsguide.server.AppServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends the app what Slack would, signed as Slack signs it: slash commands, {@code block_actions},
 * {@code view_submission}, {@code view_closed} and Events API callbacks, with retries marked by
 * {@code X-Slack-Retry-Num}. Bodies are sent on one line, exactly as signed.
 */
public final class SlackDriver {

    /**
     * How a request is signed: correctly, with the wrong secret, with a timestamp 10 minutes old or an hour ahead, or
     * not at all.
     */
    public enum Signing { VALID, WRONG_SECRET, STALE, FUTURE, NONE }

    /** The app's answer. */
    public record Reply(int status, String body, Duration elapsed) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    public static final String FORM = "application/x-www-form-urlencoded";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String signingSecret;
    private final FakeSlack slack;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A driver of the app serving Slack's requests on {@code port} of 127.0.0.1. */
    public static SlackDriver onPort(int port, String signingSecret, FakeSlack slack, Clock clock) {
        return new SlackDriver(URI.create("http://127.0.0.1:" + port + AppServer.EVENTS_PATH), signingSecret, slack, clock);
    }

    /** {@code clock}: the time in the app's world, which requests are signed and dated with. */
    public SlackDriver(URI endpoint, String signingSecret, FakeSlack slack, Clock clock) {
        this.endpoint = endpoint;
        this.signingSecret = signingSecret;
        this.slack = slack;
        this.clock = clock;
    }

    /** {@code /mlops-assess text}, typed by {@code user} in their channel. */
    public Reply command(SlackUser user, String text) {
        return send(commandBody(user, text), FORM, Signing.VALID, Map.of());
    }

    /** The form Slack posts for {@code /mlops-assess text}, with a new trigger and response URL. */
    public String commandBody(SlackUser user, String text) {
        var form = new LinkedHashMap<String, String>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", user.workspaceId());
        form.put("team_domain", "fake");
        form.put("channel_id", user.channelId());
        form.put("channel_name", user.channelName());
        form.put("user_id", user.userId());
        form.put("user_name", user.userName());
        form.put("command", "/mlops-assess");
        form.put("text", text);
        form.put("api_app_id", "A0FAKE");
        form.put("is_enterprise_install", "false");
        form.put("response_url", slack.newResponseUrl());
        form.put("trigger_id", newTriggerId());
        return formBody(form);
    }

    /** A button pressed on a message ({@code threadTs} may be null for a message that is not in a thread). */
    public Reply messageButton(SlackUser user, String actionId, String value, String messageTs, String threadTs) {
        return interact(messageButtonPayload(user, actionId, value, messageTs, threadTs));
    }

    /** An option chosen in a menu ({@code static_select}) on a message. */
    public Reply messageSelect(SlackUser user, String actionId, String optionValue, String messageTs, String threadTs) {
        var payload = messageButtonPayload(user, actionId, optionValue, messageTs, threadTs);
        payload.set("actions", JSON.createArrayNode().add(selection(actionId, optionValue)));
        return interact(payload);
    }

    /** An option chosen in a menu on a view (a modal or the App Home) whose current {@code view} is given. */
    public Reply viewSelect(SlackUser user, String actionId, String optionValue, JsonNode view, ObjectNode stateValues) {
        var payload = viewButtonPayload(user, actionId, optionValue, view, stateValues);
        payload.set("actions", JSON.createArrayNode().add(selection(actionId, optionValue)));
        return interact(payload);
    }

    private ObjectNode selection(String actionId, String optionValue) {
        var action = JSON.createObjectNode().put("type", "static_select").put("action_id", actionId).put("block_id", "b")
                .put("action_ts", seconds());
        action.putObject("selected_option").put("value", optionValue).putObject("text").put("type", "plain_text")
                .put("text", optionValue);
        return action;
    }

    /** The {@code block_actions} payload of {@link #messageButton}, to send later or changed. */
    public ObjectNode messageButtonPayload(SlackUser user, String actionId, String value, String messageTs,
                                           String threadTs) {
        var payload = interaction(user, "block_actions");
        payload.set("actions", JSON.createArrayNode().add(button(actionId, value)));
        payload.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", user.channelId()).put("is_ephemeral", false);
        var message = payload.putObject("message").put("type", "message").put("ts", messageTs).put("user", FakeSlack.BOT_USER);
        if (threadTs != null) {
            message.put("thread_ts", threadTs);
        }
        payload.put("response_url", slack.newResponseUrl());
        return payload;
    }

    /** A button pressed in a modal or the App Home whose current {@code view} (as Slack holds it) is given. */
    public Reply viewButton(SlackUser user, String actionId, String value, JsonNode view, ObjectNode stateValues) {
        return interact(viewButtonPayload(user, actionId, value, view, stateValues));
    }

    public ObjectNode viewButtonPayload(SlackUser user, String actionId, String value, JsonNode view,
                                        ObjectNode stateValues) {
        var payload = interaction(user, "block_actions");
        payload.set("actions", JSON.createArrayNode().add(button(actionId, value)));
        payload.putObject("container").put("type", "view").put("view_id", view.path("id").asText());
        payload.set("view", withState(view, stateValues));
        return payload;
    }

    /** The submit button of a modal whose current {@code view} is given, with its inputs' values. */
    public Reply submitView(SlackUser user, JsonNode view, ObjectNode stateValues) {
        return interact(submitViewPayload(user, view, stateValues));
    }

    public ObjectNode submitViewPayload(SlackUser user, JsonNode view, ObjectNode stateValues) {
        var payload = interaction(user, "view_submission");
        payload.set("view", withState(view, stateValues));
        payload.set("response_urls", JSON.createArrayNode());
        return payload;
    }

    /** The close button of a modal. */
    public Reply closeView(SlackUser user, JsonNode view) {
        return interact(closeViewPayload(user, view));
    }

    public ObjectNode closeViewPayload(SlackUser user, JsonNode view) {
        var payload = interaction(user, "view_closed");
        payload.set("view", view);
        payload.put("is_cleared", false);
        return payload;
    }

    /** An Events API callback around {@code event}; {@code retryNum} above 0 marks a retry of the same event. */
    public Reply event(String workspaceId, ObjectNode event, String eventId, int retryNum) {
        var headers = retryNum > 0 ? Map.of("X-Slack-Retry-Num", String.valueOf(retryNum),
                "X-Slack-Retry-Reason", "http_timeout") : Map.<String, String>of();
        return send(eventBody(workspaceId, event, eventId).toString(), "application/json", Signing.VALID, headers);
    }

    /** The Events API callback around {@code event}, as Slack posts it. */
    public ObjectNode eventBody(String workspaceId, ObjectNode event, String eventId) {
        var body = JSON.createObjectNode();
        body.put("token", "legacy-verification-token");
        body.put("team_id", workspaceId);
        body.put("api_app_id", "A0FAKE");
        body.set("event", event);
        body.put("type", "event_callback");
        body.put("event_id", eventId);
        body.put("event_time", clock.instant().getEpochSecond());
        return body;
    }

    /** {@code app_home_opened} for a person's Home tab. */
    public Reply openHome(SlackUser user, String eventId) {
        var event = JSON.createObjectNode().put("type", "app_home_opened").put("user", user.userId())
                .put("channel", "D" + user.userId()).put("tab", "home")
                .put("event_ts", seconds());
        return event(user.workspaceId(), event, eventId, 0);
    }

    /** A state value for a radio-button input, as Slack reports a selection. */
    public static ObjectNode radio(ObjectNode values, String blockId, String actionId, String optionValue) {
        var selected = values.putObject(blockId).putObject(actionId).put("type", "radio_buttons")
                .putObject("selected_option");
        selected.put("value", optionValue).putObject("text").put("type", "plain_text").put("text", optionValue);
        return values;
    }

    /** A state value for a static select. */
    public static ObjectNode select(ObjectNode values, String blockId, String actionId, String optionValue) {
        var selected = values.putObject(blockId).putObject(actionId).put("type", "static_select")
                .putObject("selected_option");
        selected.put("value", optionValue).putObject("text").put("type", "plain_text").put("text", optionValue);
        return values;
    }

    /** A state value for a person chosen in a users select. */
    public static ObjectNode user(ObjectNode values, String blockId, String actionId, String userId) {
        values.putObject(blockId).putObject(actionId).put("type", "users_select").put("selected_user", userId);
        return values;
    }

    /** A state value for a date picker ({@code 2026-12-24}). */
    public static ObjectNode date(ObjectNode values, String blockId, String actionId, String date) {
        values.putObject(blockId).putObject(actionId).put("type", "datepicker").put("selected_date", date);
        return values;
    }

    /** A state value for a plain-text input. */
    public static ObjectNode text(ObjectNode values, String blockId, String actionId, String value) {
        values.putObject(blockId).putObject(actionId).put("type", "plain_text_input").put("value", value);
        return values;
    }

    public static ObjectNode noValues() {
        return JSON.createObjectNode();
    }

    /** Sends a raw body, signed as asked, to the app's events endpoint. */
    public Reply send(String body, String contentType, Signing signing, Map<String, String> headers) {
        long now = clock.instant().getEpochSecond();
        return switch (signing) {
            case VALID -> post(body, contentType, headers, now, signingSecret);
            case WRONG_SECRET -> post(body, contentType, headers, now, signingSecret + "-not");
            case STALE -> post(body, contentType, headers, now - 600, signingSecret);
            case FUTURE -> post(body, contentType, headers, now + 3600, signingSecret);
            case NONE -> post(body, contentType, headers, null, null);
        };
    }

    /** Sends a raw body signed with the right secret and the given timestamp (seconds, as Slack writes them). */
    public Reply sendSignedAt(String body, String contentType, long timestamp) {
        return post(body, contentType, Map.of(), timestamp, signingSecret);
    }

    private Reply post(String body, String contentType, Map<String, String> headers, Long timestamp, String secret) {
        var request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        if (timestamp != null) {
            sign(request, timestamp, body, secret);
        }
        long start = System.nanoTime();
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the app at " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Sends an interaction payload as Slack does: form-encoded in a {@code payload} field. */
    public Reply interact(JsonNode payload) {
        return send(interactionBody(payload), FORM, Signing.VALID, Map.of());
    }

    public static String interactionBody(JsonNode payload) {
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private ObjectNode interaction(SlackUser user, String type) {
        var payload = JSON.createObjectNode();
        payload.put("type", type);
        payload.putObject("team").put("id", user.workspaceId()).put("domain", "fake");
        payload.putObject("user").put("id", user.userId()).put("username", user.userName())
                .put("name", user.userName()).put("team_id", user.workspaceId());
        payload.putObject("channel").put("id", user.channelId()).put("name", user.channelName());
        payload.put("api_app_id", "A0FAKE");
        payload.put("token", "legacy-verification-token");
        payload.put("trigger_id", newTriggerId());
        payload.put("is_enterprise_install", false);
        return payload;
    }

    private ObjectNode button(String actionId, String value) {
        var action = JSON.createObjectNode().put("type", "button").put("action_id", actionId).put("block_id", "b")
                .put("value", value).put("action_ts", seconds());
        action.putObject("text").put("type", "plain_text").put("text", actionId);
        return action;
    }

    /** Now, in Slack's way of writing a message or action time: seconds with a fraction. */
    private String seconds() {
        long millis = clock.millis();
        return String.format(Locale.ROOT, "%d.%06d", millis / 1000, millis % 1000 * 1000);
    }

    private static ObjectNode withState(JsonNode view, ObjectNode values) {
        var copy = view.deepCopy();
        var withState = (ObjectNode) copy;
        withState.putObject("state").set("values", values);
        return withState;
    }

    private static void sign(HttpRequest.Builder request, long timestamp, String body, String secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            request.header("X-Slack-Request-Timestamp", String.valueOf(timestamp));
            request.header("X-Slack-Signature", "v0=" + HexFormat.of().formatHex(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String newTriggerId() {
        return "1337." + UUID.randomUUID().toString().replace("-", "");
    }
}
