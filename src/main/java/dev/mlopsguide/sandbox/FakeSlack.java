package dev.mlopsguide.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.slack.delivery.SlackPacer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A stand-in for Slack's Web API on 127.0.0.1, for the tests and the sandbox: it answers the methods the app uses
 * in Slack's wire format (form-encoded requests, JSON answers, {@code "ok": false} errors, 429 with
 * {@code Retry-After}), records every call, and fails on demand. It keeps the messages posted, with their metadata,
 * for {@code conversations.history} and {@code conversations.replies}, and can be slow: a slow method takes effect
 * at once and answers late, as Slack does when a client's read times out. It also receives {@code response_url}
 * posts, and plays Slack's side of OAuth: codes and refresh tokens exchanged by {@code oauth.v2.access} for bot tokens of their
 * workspace, which expire when rotation is on and stop working after {@code auth.revoke}.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String WORKSPACE = "T0FAKE";
    public static final String BOT_USER = "UBOT";
    public static final String INVALID_TOKEN = "xoxb-invalid";
    /** The fake workspace's channels, by id: what conversations.info names them. */
    public static final Map<String, String> CHANNELS = Map.of("CPLATFORM", "ml-platform", "CDATASCI", "data-science");
    /** Who is in the fake workspace's channels and user groups, by id. */
    public static final Map<String, List<String>> MEMBERS = Map.of("CPLATFORM", List.of("UALICE", "UBOB"),
            "SPLATFORM", List.of("UCAROL"));
    /** The fake workspace's admin, as users.info says: alice. */
    public static final String ADMIN = "UALICE";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A call the app made: a Web API method with its form parameters, or a post to a response URL; {@code outcome}
     * is "ok" or the failure the fake answered with.
     */
    public record Call(String method, Map<String, String> params, String token, Instant at, String outcome,
                       String response) {
        public JsonNode json(String param) {
            try {
                return JSON.readTree(params.getOrDefault(param, "null"));
            } catch (IOException e) {
                throw new IllegalStateException(param + " is not JSON: " + params.get(param), e);
            }
        }
    }

    /** A message as posted and, for those of an app, the metadata it carried. */
    public record Message(String channel, String ts, String threadTs, String text, JsonNode metadata) {
        /** The name the app gave the message in its metadata, or "". */
        public String key() {
            return metadata == null ? "" : metadata.path("event_payload").path("key").asText("");
        }
    }

    /** What an OAuth code or refresh token stands for: an install of the app by a person in a workspace. */
    private record Grant(String teamId, String teamName, String userId) {
    }

    /** A bot token the fake handed out through oauth.v2.access. */
    private record IssuedToken(Grant grant, Long expiresAtMillis, boolean revoked) {
    }

    /** How a method should fail, for a number of calls. */
    public sealed interface Fault {
        /** HTTP 429 with {@code Retry-After}. */
        record RateLimited(int retryAfterSeconds) implements Fault { }

        /** An HTTP 5xx with no useful body. */
        record ServerError(int status) implements Fault { }

        /** HTTP 200 with {@code {"ok": false, "error": error}}. */
        record ApiError(String error) implements Fault { }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        var thread = new Thread(r, "fake-slack");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Call> calls = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();
    private final Map<String, Duration> slowness = new ConcurrentHashMap<>();
    private final List<Consumer<Call>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** Function executions ended by functions.completeSuccess or completeError: Slack ends each once. */
    private final Set<String> endedFunctions = ConcurrentHashMap.newKeySet();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000_100L);
    private final AtomicLong ids = new AtomicLong();
    private volatile String socketModeUrl = "ws://127.0.0.1:1/unset";
    private volatile boolean rateLimited;
    /** Arrival times of the calls limited, by method (and channel, for posts), oldest first. */
    private final Map<String, Deque<Long>> arrivals = new HashMap<>();
    private long minuteNanos = Duration.ofMinutes(1).toNanos();
    private int workspacePerSecond = Integer.MAX_VALUE;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private volatile Duration tokenLifetime;
    private volatile List<String> grantedScopes = Distribution.DEFAULT_SCOPES;

    private FakeSlack(HttpServer server) {
        this.server = server;
    }

    static {
        // Without TCP_NODELAY the JDK's server and the Slack client's OkHttp meet Nagle's algorithm and delayed
        // ACKs, adding about 40 ms to every call; read once, when the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Starts on 127.0.0.1 at the given port (0 for any free one). */
    public static FakeSlack start(int port) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        var fake = new FakeSlack(server);
        server.createContext("/api/", fake::api);
        server.createContext("/respond/", fake::respond);
        server.createContext("/upload/", fake::upload);
        server.setExecutor(fake.executor);
        server.start();
        return fake;
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A fresh {@code response_url} that records what is posted to it. */
    public String newResponseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + ids.incrementAndGet();
    }

    /**
     * The {@code code} Slack would put in the OAuth redirect once {@code userId} approved the install in a workspace;
     * oauth.v2.access exchanges it, once, for a bot token of that workspace.
     */
    public String authorizationCode(String teamId, String teamName, String userId) {
        var code = "code-" + ids.incrementAndGet();
        codes.put(code, new Grant(teamId, teamName, userId));
        return code;
    }

    /**
     * Turns token rotation on: tokens handed out from now on expire after {@code lifetime} and come with a refresh
     * token, which works once.
     */
    public void rotateTokens(Duration lifetime) {
        this.tokenLifetime = lifetime;
    }

    /** The scopes the bot token was granted, as an install from an older manifest would have fewer. */
    public void grantScopes(List<String> scopes) {
        this.grantedScopes = List.copyOf(scopes);
    }

    /** Makes the next {@code times} calls of {@code method} fail with {@code fault}. */
    public synchronized void fail(String method, Fault fault, int times) {
        var queue = faults.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
    }

    /**
     * Makes {@code method} answer after {@code delay} from now on (zero: at once again); the call takes effect at
     * once, so a client that gives up waiting leaves the effect in place.
     */
    public void answerAfter(String method, Duration delay) {
        if (delay.isZero()) {
            slowness.remove(method);
        } else {
            slowness.put(method, delay);
        }
    }

    /** The messages posted so far, in order. */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Tells {@code listener} about every call once it is answered (the sandbox's page follows Slack this way). */
    public void onCall(Consumer<Call> listener) {
        listeners.add(listener);
    }

    /** The bytes of a file uploaded through files.getUploadURLExternal, if any. */
    public Optional<byte[]> file(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }

    /** The WebSocket URL that {@code apps.connections.open} hands out, for Socket Mode. */
    public void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /**
     * Enforces Slack's pace, as 429 with {@code Retry-After: 1}: one chat.postMessage a second per channel and
     * {@code postsPerSecond} a second across the workspace, and the tiers of {@link SlackPacer#PER_MINUTE} a minute,
     * where a minute lasts {@code minute} (shorter to play Slack faster).
     */
    public synchronized void enforceRateLimits(Duration minute, int postsPerSecond) {
        this.rateLimited = true;
        this.minuteNanos = minute.toNanos();
        this.workspacePerSecond = postsPerSecond;
    }

    /** The faults still armed, in words ("chat.postMessage: 2 × ServerError[status=500]"), for the sandbox's page. */
    public synchronized List<String> armedFaults() {
        var armed = new ArrayList<String>();
        faults.forEach((method, queue) -> {
            if (!queue.isEmpty()) {
                armed.add(method + ": " + queue.size() + " × " + queue.peek());
            }
        });
        return armed;
    }

    public synchronized void clearFaults() {
        faults.clear();
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits until at least {@code count} calls of {@code method} match, and returns the matching calls. */
    public synchronized List<Call> await(String method, Predicate<Call> matching, int count, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var found = calls.stream().filter(c -> c.method().equals(method) && matching.test(c)).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("expected " + count + " matching " + method + " calls, saw " + found.size()
                        + " among " + calls.stream().map(Call::method).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public List<Call> await(String method, int count) throws InterruptedException, TimeoutException {
        return await(method, c -> true, count, Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            var method = exchange.getRequestURI().getPath().substring("/api/".length());
            var params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var authorization = exchange.getRequestHeaders().getFirst("Authorization");
            var token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7)
                    : params.getOrDefault("token", "");
            var fault = fault(method, params);
            var refusal = refusal(token);
            int status = 200;
            String body;
            if (fault instanceof Fault.RateLimited limited) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(limited.retryAfterSeconds()));
                status = 429;
                body = error("ratelimited");
            } else if (fault instanceof Fault.ServerError serverError) {
                status = serverError.status();
                body = "{\"ok\":false,\"error\":\"internal_error\"}";
            } else if (fault instanceof Fault.ApiError apiError) {
                body = error(apiError.error());
            } else if (token.isEmpty() && !method.startsWith("oauth.")) {
                body = error("not_authed");
            } else if (token.equals(INVALID_TOKEN)) {
                body = error("invalid_auth");
            } else if (refusal != null) {
                body = error(refusal);
            } else if (method.equals("oauth.v2.access")) {
                body = oauthAccess(params, authorization);
            } else {
                body = JSON.writeValueAsString(answer(method, params, token));
            }
            var outcome = fault != null ? describe(fault) : body.startsWith("{\"ok\":false") ? JSON.readTree(body).path("error").asText() : "ok";
            record(new Call(method, params, token, Instant.now(), outcome, body));
            var delay = slowness.get(method);
            if (delay != null) {
                pause(delay);
            }
            try {
                send(exchange, status, body);
            } catch (IOException e) {
                // The client stopped waiting: the call took effect all the same.
            }
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            record(new Call("response_url", Map.of("url", exchange.getRequestURI().getPath(), "body", body), "", Instant.now(), "ok", "ok"));
            send(exchange, 200, "ok");
        }
    }

    /** Receives a file's bytes at the URL that files.getUploadURLExternal handed out. */
    private void upload(HttpExchange exchange) throws IOException {
        try (exchange) {
            var bytes = exchange.getRequestBody().readAllBytes();
            var path = exchange.getRequestURI().getPath();
            var fault = fault("upload", Map.of());
            files.put(path.substring(path.lastIndexOf('/') + 1), bytes);
            record(new Call("upload", Map.of("url", path, "bytes", String.valueOf(bytes.length)), "", Instant.now(),
                    fault == null ? "ok" : describe(fault), ""));
            if (fault instanceof Fault.ServerError serverError) {
                send(exchange, serverError.status(), "error");
            } else {
                send(exchange, 200, "OK - " + bytes.length);
            }
        }
    }

    private void record(Call call) {
        synchronized (this) {
            calls.add(call);
            notifyAll();
        }
        listeners.forEach(listener -> listener.accept(call));
    }

    /** The failure to answer a call with: a fault asked for, or Slack's pace when it is enforced; null for none. */
    private synchronized Fault fault(String method, Map<String, String> params) {
        var queue = faults.get(method);
        var fault = queue == null ? null : queue.poll();
        return fault == null && rateLimited ? paceOf(method, params) : fault;
    }

    private static String describe(Fault fault) {
        if (fault instanceof Fault.RateLimited) {
            return "429 ratelimited";
        }
        if (fault instanceof Fault.ServerError serverError) {
            return "HTTP " + serverError.status();
        }
        return ((Fault.ApiError) fault).error();
    }

    /** A 429 when a call comes too soon for its method's limits (see {@link #enforceRateLimits}); records it otherwise. */
    private Fault paceOf(String method, Map<String, String> params) {
        long now = System.nanoTime();
        long second = minuteNanos / 60;
        if (method.equals(SlackPacer.POST)) {
            var channel = params.getOrDefault("channel", "");
            var inChannel = method + " " + channel;
            if (full(method, workspacePerSecond, second, now) || full(inChannel, 1, second, now)) {
                return new Fault.RateLimited(1);
            }
            arrivals.get(method).addLast(now);
            arrivals.get(inChannel).addLast(now);
        } else if (SlackPacer.PER_MINUTE.containsKey(method)) {
            if (full(method, SlackPacer.PER_MINUTE.get(method), minuteNanos, now)) {
                return new Fault.RateLimited(1);
            }
            arrivals.get(method).addLast(now);
        }
        return null;
    }

    /** Whether {@code limit} calls under {@code key} already arrived in the {@code window} before {@code now}. */
    private boolean full(String key, int limit, long window, long now) {
        var recent = arrivals.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!recent.isEmpty() && now - recent.peekFirst() >= window) {
            recent.pollFirst();
        }
        return recent.size() >= limit;
    }

    /** Why a token the fake issued no longer works, or null when it works (or is not one the fake issued). */
    private String refusal(String token) {
        var issued = tokens.get(token);
        if (issued == null) {
            return null;
        }
        if (issued.revoked()) {
            return "token_revoked";
        }
        return issued.expiresAtMillis() != null && issued.expiresAtMillis() < System.currentTimeMillis() ? "token_expired" : null;
    }

    /**
     * Exchanges a code from the OAuth redirect, or a refresh token, for a new bot token. The app's credentials come
     * as form fields or, as the Java SDK sends them, in HTTP Basic authorization.
     */
    private String oauthAccess(Map<String, String> params, String authorization) throws IOException {
        var client = new LinkedHashMap<>(params);
        if (authorization != null && authorization.startsWith("Basic ")) {
            var pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            client.put("client_id", pair[0]);
            client.put("client_secret", pair.length > 1 ? pair[1] : "");
        }
        if (client.getOrDefault("client_id", "").isEmpty()) {
            return error("invalid_client_id");
        }
        if (client.getOrDefault("client_secret", "").isEmpty()) {
            return error("bad_client_secret");
        }
        var refreshing = "refresh_token".equals(params.get("grant_type"));
        var grant = refreshing ? refreshTokens.remove(params.getOrDefault("refresh_token", ""))
                : codes.remove(params.getOrDefault("code", ""));
        if (grant == null) {
            return error(refreshing ? "invalid_refresh_token" : "invalid_code");
        }
        var lifetime = tokenLifetime;
        var token = "xoxb-" + grant.teamId() + "-" + ids.incrementAndGet();
        tokens.put(token, new IssuedToken(grant, lifetime == null ? null : System.currentTimeMillis() + lifetime.toMillis(), false));
        var answer = new LinkedHashMap<String, Object>();
        answer.put("ok", true);
        answer.put("app_id", "AFAKEAPP");
        answer.put("access_token", token);
        answer.put("token_type", "bot");
        answer.put("scope", "commands,chat:write,app_mentions:read,channels:history,groups:history,im:history,im:write,users:read,files:write");
        answer.put("bot_user_id", BOT_USER);
        answer.put("team", Map.of("id", grant.teamId(), "name", grant.teamName()));
        answer.put("is_enterprise_install", false);
        if (lifetime != null) {
            var refresh = "xoxe-1-" + ids.incrementAndGet();
            refreshTokens.put(refresh, grant);
            answer.put("refresh_token", refresh);
            answer.put("expires_in", lifetime.toSeconds());
        }
        answer.put("authed_user", Map.of("id", grant.userId()));
        return JSON.writeValueAsString(answer);
    }

    private Map<String, Object> answer(String method, Map<String, String> params, String token) throws IOException {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("ok", true);
        var issued = tokens.get(token);
        switch (method) {
            case "auth.test" -> {
                answer.put("url", "https://fake.slack.test/");
                answer.put("team", issued == null ? "Fake Workspace" : issued.grant().teamName());
                answer.put("user", "mlops-guide");
                answer.put("team_id", issued == null ? WORKSPACE : issued.grant().teamId());
                answer.put("user_id", BOT_USER);
                answer.put("bot_id", "BBOT");
            }
            case "auth.revoke" -> {
                if (issued != null) {
                    tokens.put(token, new IssuedToken(issued.grant(), issued.expiresAtMillis(), true));
                }
                answer.put("revoked", true);
            }
            case "chat.postMessage", "chat.update" -> {
                var ts = method.equals("chat.update") ? params.get("ts") : nextTs();
                if (method.equals("chat.postMessage")) {
                    keep(new Message(params.get("channel"), ts, params.get("thread_ts"), params.getOrDefault("text", ""),
                            params.containsKey("metadata") ? JSON.readTree(params.get("metadata")) : null));
                }
                answer.put("channel", params.get("channel"));
                answer.put("ts", ts);
                answer.put("message", Map.of("type", "message", "text", params.getOrDefault("text", ""), "ts", ts));
            }
            case "conversations.history" -> answer.put("messages", history(params, m -> m.threadTs() == null
                    && m.channel().equals(params.get("channel")), true));
            case "conversations.replies" -> answer.put("messages", history(params, m -> m.channel().equals(
                    params.get("channel")) && (params.get("ts").equals(m.ts()) || params.get("ts").equals(m.threadTs())),
                    false));
            case "chat.postEphemeral" -> answer.put("message_ts", nextTs());
            case "chat.getPermalink" -> answer.put("permalink", "https://fake.slack.test/archives/"
                    + params.getOrDefault("channel", "") + "/p" + params.getOrDefault("message_ts", "").replace(".", ""));
            case "functions.completeSuccess", "functions.completeError" -> {
                // A function execution ends once, as in Slack.
                if (!params.containsKey("function_execution_id")
                        || !endedFunctions.add(params.get("function_execution_id"))) {
                    answer.put("ok", false);
                    answer.put("error", params.containsKey("function_execution_id") ? "function_execution_already_completed"
                            : "invalid_arguments");
                }
            }
            case "views.open", "views.update", "views.push", "views.publish" -> answer.put("view", view(params));
            case "users.info" -> answer.put("user", Map.of("id", params.getOrDefault("user", ""),
                    "name", "user-" + params.getOrDefault("user", ""), "tz", "Europe/Paris",
                    "tz_label", "Central European Time", "tz_offset", 3600,
                    "is_admin", ADMIN.equals(params.get("user")), "is_owner", false));
            case "conversations.info" -> answer.put("channel", Map.of("id", params.getOrDefault("channel", ""),
                    "name", CHANNELS.getOrDefault(params.getOrDefault("channel", ""), "channel-"
                            + params.getOrDefault("channel", "").toLowerCase(Locale.ROOT)), "is_member", true));
            case "apps.connections.open" -> answer.put("url", socketModeUrl);
            case "files.getUploadURLExternal" -> {
                var id = "F" + ids.incrementAndGet();
                answer.put("upload_url", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + id);
                answer.put("file_id", id);
            }
            case "files.completeUploadExternal" -> answer.put("files", JSON.readTree(params.getOrDefault("files", "[]")));
            case "conversations.open" -> answer.put("channel", Map.of("id", "D" + params.getOrDefault("users", "")));
            case "conversations.members" -> answer.put("members", MEMBERS.getOrDefault(params.getOrDefault("channel", ""),
                    List.of()));
            case "usergroups.users.list" -> answer.put("users", MEMBERS.getOrDefault(params.getOrDefault("usergroup", ""),
                    List.of()));
            case "assistant.threads.setStatus", "assistant.threads.setSuggestedPrompts", "assistant.threads.setTitle" -> {
                if (!params.containsKey("channel_id") || !params.containsKey("thread_ts")) {
                    answer.put("ok", false);
                    answer.put("error", "invalid_arguments");
                }
            }
            default -> {
                answer.put("ok", false);
                answer.put("error", "unknown_method");
            }
        }
        return answer;
    }

    private synchronized void keep(Message message) {
        messages.add(message);
    }

    /** The channel's or thread's messages as Slack lists them, newest first for a channel, with metadata if asked. */
    private synchronized List<Map<String, Object>> history(Map<String, String> params, Predicate<Message> shown,
                                                          boolean newestFirst) {
        var found = new ArrayList<>(messages.stream().filter(shown).toList());
        if (newestFirst) {
            Collections.reverse(found);
        }
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        boolean withMetadata = "1".equals(params.get("include_all_metadata"))
                || "true".equals(params.get("include_all_metadata"));
        return found.stream().limit(limit).map(m -> {
            var listed = new LinkedHashMap<String, Object>();
            listed.put("type", "message");
            listed.put("ts", m.ts());
            listed.put("text", m.text());
            if (m.threadTs() != null) {
                listed.put("thread_ts", m.threadTs());
            }
            if (withMetadata && m.metadata() != null) {
                listed.put("metadata", m.metadata());
            }
            return (Map<String, Object>) listed;
        }).toList();
    }

    private ObjectNode view(Map<String, String> params) throws IOException {
        var view = params.containsKey("view") ? (ObjectNode) JSON.readTree(params.get("view")) : JSON.createObjectNode();
        view.put("id", params.getOrDefault("view_id", "V" + ids.incrementAndGet()));
        view.put("hash", "h" + ids.incrementAndGet());
        view.put("team_id", WORKSPACE);
        return view;
    }

    /** A new message timestamp, later than every one given before (and than {@link #continueAfter}'s). */
    public String nextTs() {
        var micros = String.valueOf(clock.incrementAndGet());
        return micros.substring(0, 10) + "." + micros.substring(10);
    }

    /** Goes on after a timestamp given before a restart, so that a kept message's ts is never given again. */
    public void continueAfter(String ts) {
        var parts = ts.split("\\.");
        long micros = Long.parseLong(parts[0]) * 1_000_000 + (parts.length > 1 ? Long.parseLong(parts[1]) : 0);
        clock.accumulateAndGet(micros, Math::max);
    }

    private static String error(String error) {
        return "{\"ok\":false,\"error\":\"" + error + "\"}";
    }

    private void send(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        // As Slack does, every answer says which scopes the token was granted.
        exchange.getResponseHeaders().add("X-OAuth-Scopes", String.join(",", grantedScopes));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String body) {
        var params = new LinkedHashMap<String, String>();
        for (var pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            var key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            var value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }
}
