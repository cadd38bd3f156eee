package dev.mlopsguide.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mlopsguide.slack.flows.WorkflowSteps;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The sandbox's web page and the small API behind it, on 127.0.0.1: the page sends what a person does (a slash
 * command, a message, a button, a modal submission), and this server signs it and posts it to the app exactly as
 * Slack would; the page then shows what the app did through the fake Web API.
 */
public final class SandboxServer implements AutoCloseable {

    static final Map<String, String> USERS = Map.of("UALICE", "alice", "UBOB", "bob");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");
    private static final Pattern MENTION = Pattern.compile("@MLOps Guide|@mlops-guide|@mlops", Pattern.CASE_INSENSITIVE);

    private final HttpServer server;
    private final SlackDriver driver;
    private final FakeSlack slack;
    private final SandboxState state;

    /** {@code stateFile}, if any, keeps the page's messages across restarts; {@code clock} dates the log. */
    public SandboxServer(int port, SlackDriver driver, FakeSlack slack, Optional<Path> stateFile, Clock clock)
            throws IOException {
        this.driver = driver;
        this.slack = slack;
        this.state = new SandboxState(stateFile, slack::nextTs, clock);
        state.latestTs().ifPresent(slack::continueAfter);
        slack.onCall(state::apply);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::page);
        server.createContext("/api/", this::api);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            var thread = new Thread(r, "sandbox-page");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            var name = path.equals("/") ? "index.html" : path.substring(1);
            var resource = name.matches("[a-z-]+\\.(html|js|css)") ? SandboxServer.class.getResourceAsStream("/sandbox/" + name) : null;
            if (resource == null) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            try (resource) {
                send(exchange, 200, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), resource.readAllBytes());
            }
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath().substring("/api/".length());
            if (path.startsWith("file/")) {
                var png = slack.file(path.substring(5));
                send(exchange, png.isPresent() ? 200 : 404, "image/png", png.orElse(new byte[0]));
                return;
            }
            if (path.equals("state")) {
                var snapshot = state.snapshot();
                snapshot.set("faults", JSON.valueToTree(slack.armedFaults()));
                json(exchange, snapshot);
                return;
            }
            var body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            var reply = switch (path) {
                case "command" -> command(body);
                case "message" -> message(body);
                case "action" -> action(body);
                case "submit" -> submit(body);
                case "close" -> close(body);
                case "home" -> home(body);
                case "fault" -> fault(body);
                case "workflow" -> workflow(body);
                default -> JSON.createObjectNode().put("error", "unknown " + path);
            };
            json(exchange, reply);
        } catch (RuntimeException e) {
            json(exchange, JSON.createObjectNode().put("error", String.valueOf(e.getMessage())));
        }
    }

    private ObjectNode command(JsonNode body) {
        var user = user(body);
        state.acting(user.userId(), user.channelId());
        var text = channelMentions(body.path("text").asText().replaceFirst("^/mlops-assess\\s*", ""));
        var reply = timed("/mlops-assess " + text, user, "/mlops-assess " + text, () -> driver.command(user, text));
        if (reply.status() == 200 && !reply.body().isBlank() && reply.body().startsWith("{")) {
            state.ephemeral(user.userId(), user.channelId(), reply.json());
        }
        return ok();
    }

    private ObjectNode message(JsonNode body) {
        var user = user(body);
        state.acting(user.userId(), user.channelId());
        var text = channelMentions(body.path("text").asText());
        var threadTs = body.path("thread_ts").isTextual() ? body.path("thread_ts").asText() : null;
        var ts = state.said(user.userId(), user.channelId(), text, threadTs);
        var said = MENTION.matcher(text).replaceAll("<@" + FakeSlack.BOT_USER + ">");
        // As Slack does, every message is a message event, and one that mentions the app an app_mention as well.
        var message = event(user, ts, threadTs).put("type", "message")
                .put("channel_type", user.channelId().startsWith("D") ? "im" : "channel").put("text", said);
        timed("message", user, text, () -> driver.event(user.workspaceId(), message, "Ev" + UUID.randomUUID(), 0));
        if (!user.channelId().startsWith("D") && MENTION.matcher(text).find()) {
            var mention = event(user, ts, threadTs).put("type", "app_mention").put("text", said);
            timed("app_mention", user, text, () -> driver.event(user.workspaceId(), mention, "Ev" + UUID.randomUUID(), 0));
        }
        return ok();
    }

    private static ObjectNode event(SlackUser user, String ts, String threadTs) {
        var event = JSON.createObjectNode().put("user", user.userId()).put("channel", user.channelId()).put("ts", ts)
                .put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    private ObjectNode action(JsonNode body) {
        var user = user(body);
        state.acting(user.userId(), user.channelId());
        var actionId = body.path("action_id").asText();
        var value = body.path("value").asText();
        // A menu's choice goes as Slack sends it: a selected option, not a button's value.
        boolean menu = "static_select".equals(body.path("type").asText());
        if (body.path("view_id").isTextual()) {
            var view = state.view(user.userId(), body.path("view_id").asText());
            timed("block_actions " + actionId, user, actionId + " = " + value, () -> menu
                    ? driver.viewSelect(user, actionId, value, view, values(body))
                    : driver.viewButton(user, actionId, value, view, values(body)));
        } else {
            var threadTs = body.path("thread_ts").isTextual() ? body.path("thread_ts").asText() : null;
            var messageTs = body.path("message_ts").asText();
            timed("block_actions " + actionId, user, actionId + " = " + value, () -> menu
                    ? driver.messageSelect(user, actionId, value, messageTs, threadTs)
                    : driver.messageButton(user, actionId, value, messageTs, threadTs));
        }
        return ok();
    }

    private ObjectNode submit(JsonNode body) {
        var user = user(body);
        state.acting(user.userId(), user.channelId());
        var viewId = body.path("view_id").asText();
        var view = state.view(user.userId(), viewId);
        var reply = timed("view_submission " + view.path("callback_id").asText(), user, values(body).toString(),
                () -> driver.submitView(user, view, values(body)));
        state.viewAnswer(user.userId(), viewId, reply.body().isBlank() ? JSON.createObjectNode() : reply.json());
        return ok();
    }

    private ObjectNode close(JsonNode body) {
        var user = user(body);
        var viewId = body.path("view_id").asText();
        var view = state.view(user.userId(), viewId);
        state.closeView(user.userId(), viewId);
        if (view.path("notify_on_close").asBoolean(false)) {
            timed("view_closed", user, view.path("callback_id").asText(), () -> driver.closeView(user, view));
        }
        return ok();
    }

    private ObjectNode home(JsonNode body) {
        var user = user(body);
        state.acting(user.userId(), "D" + user.userId());
        timed("app_home_opened", user, "tab = home", () -> driver.openHome(user, "Ev" + UUID.randomUUID()));
        return ok();
    }

    /** The "Run an MLOps check-in" step run by a workflow in the current channel: Slack's function_executed event. */
    private ObjectNode workflow(JsonNode body) {
        var user = user(body);
        var execution = "Fx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        var event = JSON.createObjectNode().put("type", "function_executed").put("function_execution_id", execution)
                .put("workflow_execution_id", "Wx" + execution.substring(2)).put("event_ts", slack.nextTs())
                .put("bot_access_token", "xwfp-sandbox");
        event.putObject("function").put("callback_id", WorkflowSteps.CHECK_IN_FUNCTION)
                .put("title", "Run an MLOps check-in").put("type", "app");
        event.putObject("inputs").put(WorkflowSteps.CHANNEL_INPUT, user.channelId());
        timed("function_executed", user, WorkflowSteps.CHECK_IN_FUNCTION + " in " + user.channelId(),
                () -> driver.event(user.workspaceId(), event, "Ev" + UUID.randomUUID(), 0));
        return ok();
    }

    private ObjectNode fault(JsonNode body) {
        var method = body.path("method").asText();
        int times = Math.max(1, body.path("times").asInt(1));
        var fault = switch (body.path("kind").asText()) {
            case "429" -> new FakeSlack.Fault.RateLimited(1);
            case "500" -> new FakeSlack.Fault.ServerError(500);
            default -> new FakeSlack.Fault.ApiError(body.path("kind").asText("invalid_auth"));
        };
        slack.fail(method, fault, times);
        state.changed();
        return ok();
    }

    private SlackDriver.Reply timed(String name, SlackUser user, String body, Supplier<SlackDriver.Reply> request) {
        var reply = request.get();
        state.request(name, user.userName(), SandboxLog.body(body), reply.status(), reply.elapsed().toMillis());
        return reply;
    }

    /** Slack writes a #channel typed in a command as a mention of it, as the app's command is escaped. */
    private static String channelMentions(String text) {
        var written = text;
        for (var channel : FakeSlack.CHANNELS.entrySet()) {
            written = written.replaceAll("(?<![<\\w])#" + Pattern.quote(channel.getValue()) + "\\b",
                    "<#" + channel.getKey() + "|" + channel.getValue() + ">");
        }
        return written;
    }

    private static SlackUser user(JsonNode body) {
        var id = body.path("user").asText("UALICE");
        var channel = body.path("channel").asText("CPLATFORM");
        return new SlackUser(FakeSlack.WORKSPACE, id, USERS.getOrDefault(id, id.toLowerCase()), channel,
                body.path("channel_name").asText(channel));
    }

    private static ObjectNode values(JsonNode body) {
        return body.path("values").isObject() ? (ObjectNode) body.path("values") : JSON.createObjectNode();
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    private static void json(HttpExchange exchange, JsonNode body) throws IOException {
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
