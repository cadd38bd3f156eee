package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.slack.blocks.EscalationBlocks;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.HomeBlocks;
import dev.mlopsguide.slack.blocks.ThreadBlocks;
import dev.mlopsguide.slack.flows.ResultSharing;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Every kind of request the app handles, taken as Slack sends it and mutated field by field (removed, null, another
 * type, far too long), signed and sent over real HTTP: no answer is a 5xx, and no client input leaves a stack trace
 * in the log. The figures are printed; docs/operating.md quotes them.
 */
@Isolated
class PayloadFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(20_000);
    /** Mutations of one seed at most, taken in the order of its fields (deep views have many). */
    private static final int PER_SEED = 80;
    private static final List<String> UNIQUE = List.of("trigger_id", "event_id");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @TempDir
    Path temp;

    @Test
    void noMutatedRequestGetsA5xxOrLeavesAStackTrace() throws Exception {
        var statuses = new TreeMap<Integer, Integer>();
        var failures = new ArrayList<String>();
        int sent = 0;
        List<String> lines;
        try (var app = RunningApp.start(temp.resolve("data")); var logs = new LogCapture()) {
            for (var seed : seeds(app).entrySet()) {
                for (var body : seed.getValue()) {
                    var reply = body.startsWith("{")
                            ? app.driver.send(body, "application/json", SlackDriver.Signing.VALID, Map.of())
                            : app.driver.send(body, SlackDriver.FORM, SlackDriver.Signing.VALID, Map.of());
                    sent++;
                    statuses.merge(reply.status(), 1, Integer::sum);
                    if (reply.status() >= 500) {
                        failures.add(seed.getKey() + ": " + reply.status() + " for " + body.substring(0, Math.min(300, body.length())));
                    }
                }
            }
            awaitQuiet(app);
            lines = logs.lines();
        }
        var traces = lines.stream().filter(line -> !line.startsWith("DEBUG") && line.contains("\tat ")).map(line -> line.lines().limit(3)
                .collect(Collectors.joining(" | "))).distinct().toList();
        System.out.printf("Payload fuzz: %d signed requests; statuses %s; 5xx %d; stack traces logged %d%n", sent,
                statuses, failures.size(), traces.size());
        assertThat(sent).isGreaterThan(1_000);
        assertThat(failures).isEmpty();
        assertThat(traces).isEmpty();
    }

    /** Valid requests of every kind, each with its mutations, by name. */
    private static Map<String, List<String>> seeds(RunningApp app) throws Exception {
        var seeds = new LinkedHashMap<String, List<String>>();
        for (var text : List.of("", "profile", "team", "results", "history", "explain train", "ask what is drift?",
                "digest on", "digest preview", "settings", "settings follow-ups off", "org", "help")) {
            seeds.put("/mlops-assess " + text, formMutations(app.driver.commandBody(ALICE, text)));
        }
        app.driver.command(ALICE, "");
        var assessment = SlackFlows.openedView(app.slack);
        app.driver.command(ALICE, "profile");
        var opened = app.slack.await("views.open", 2);
        var profile = (ObjectNode) opened.get(1).json("view");
        profile.put("id", "VPROFILE").put("hash", "H");
        app.driver.command(ALICE, "team");
        var question = app.slack.await("chat.postMessage", c -> c.params().containsKey("thread_ts"), 1,
                Duration.ofSeconds(10)).get(0);
        var rootTs = question.params().get("thread_ts");
        var questionId = SlackFlows.questionOf(question);
        var option = TestContent.bundled().questionnaire().question(questionId).orElseThrow().options().get(0).id();

        var answers = SlackFlows.selections(assessment, TestContent.team("level-2-automated-training.yml"));
        seeds.put("view_submission assessment", jsonMutations(app.driver.submitViewPayload(ALICE, assessment, answers),
                SlackDriver::interactionBody));
        seeds.put("view_submission profile", jsonMutations(app.driver.submitViewPayload(ALICE, profile,
                SlackDriver.noValues()), SlackDriver::interactionBody));
        seeds.put("view_closed", jsonMutations(app.driver.closeViewPayload(ALICE, assessment), SlackDriver::interactionBody));
        seeds.put("back", jsonMutations(app.driver.viewButtonPayload(ALICE, AssessmentViews.BACK_ACTION, "back",
                assessment, answers), SlackDriver::interactionBody));
        var posted = SlackFlows.postedTs(question);
        seeds.put("thread answer", jsonMutations(app.driver.messageButtonPayload(ALICE,
                ThreadBlocks.ANSWER_ACTION_PREFIX + 0, questionId + "|" + option, posted, rootTs), SlackDriver::interactionBody));
        seeds.put("thread finish", jsonMutations(app.driver.messageButtonPayload(ALICE, ThreadBlocks.FINISH_ACTION,
                "finish", rootTs, null), SlackDriver::interactionBody));
        for (var action : List.of(ResultSharing.SHARE_ACTION, AnswerBlocks.HELPFUL_ACTION, AnswerBlocks.UNHELPFUL_ACTION,
                EscalationBlocks.REPLY_ACTION, EscalationBlocks.APPROVE_ACTION)) {
            seeds.put(action, jsonMutations(app.driver.messageButtonPayload(ALICE, action, "1", "1.1", null),
                    SlackDriver::interactionBody));
        }
        var home = NODES.objectNode().put("type", "home").put("id", "VHOME").put("hash", "H");
        home.putArray("blocks");
        for (var action : List.of(HomeBlocks.ASSESS_ACTION, HomeBlocks.PROFILE_ACTION, HomeBlocks.DIGEST_ACTION)) {
            seeds.put(action, jsonMutations(app.driver.viewButtonPayload(ALICE, action, ALICE.channelId(), home,
                    SlackDriver.noValues()), SlackDriver::interactionBody));
        }
        var events = Map.of(
                "app_mention", NODES.objectNode().put("type", "app_mention").put("user", ALICE.userId())
                        .put("text", "<@UBOT> what is drift?").put("channel", ALICE.channelId()).put("ts", "5.1"),
                "message.im", NODES.objectNode().put("type", "message").put("user", ALICE.userId()).put("text", "hi")
                        .put("channel", "DUALICE").put("channel_type", "im").put("ts", "5.2"),
                "app_home_opened", NODES.objectNode().put("type", "app_home_opened").put("user", ALICE.userId())
                        .put("channel", "DUALICE").put("tab", "home"),
                "tokens_revoked", (ObjectNode) NODES.objectNode().put("type", "tokens_revoked").set("tokens",
                        NODES.objectNode().<ObjectNode>set("oauth", NODES.arrayNode().add("U1"))),
                "assistant_thread_started", (ObjectNode) NODES.objectNode().put("type", "assistant_thread_started")
                        .set("assistant_thread", NODES.objectNode().put("user_id", ALICE.userId()).put("channel_id", "DUALICE")
                                .put("thread_ts", "5.3").set("context", NODES.objectNode().put("channel_id", ALICE.channelId())
                                        .put("team_id", FakeSlack.WORKSPACE))),
                "assistant message", NODES.objectNode().put("type", "message").put("user", ALICE.userId())
                        .put("text", "what is drift?").put("channel", "DUALICE").put("channel_type", "im").put("ts", "5.4")
                        .put("thread_ts", "5.3"),
                "thread follow-up", NODES.objectNode().put("type", "message").put("user", ALICE.userId())
                        .put("text", "and for batch?").put("channel", ALICE.channelId()).put("channel_type", "channel")
                        .put("ts", "5.6").put("thread_ts", "5.1"));
        int n = 0;
        for (var event : events.entrySet()) {
            var body = app.driver.eventBody(FakeSlack.WORKSPACE, event.getValue(), "Ev-fuzz-" + n++);
            seeds.put(event.getKey(), jsonMutations(body, JsonNode::toString));
        }
        return seeds;
    }

    /** A form's mutations: each field removed, emptied, made far too long, and given undecodable escapes. */
    private static List<String> formMutations(String form) {
        var fields = new LinkedHashMap<String, String>();
        for (var pair : form.split("&")) {
            var cut = pair.indexOf('=');
            fields.put(pair.substring(0, cut), URLDecoder.decode(pair.substring(cut + 1), StandardCharsets.UTF_8));
        }
        var bodies = new ArrayList<String>();
        for (var name : fields.keySet()) {
            for (var change : List.<Function<String, String>>of(v -> null, v -> "", v -> HUGE, v -> "%ZZ\n\u0000")) {
                var changed = new LinkedHashMap<>(fields);
                var value = change.apply(fields.get(name));
                if (value == null) {
                    changed.remove(name);
                }
                bodies.add(changed.entrySet().stream().map(e -> e.getKey() + "=" + (e.getKey().equals(name) && value != null
                        && value.startsWith("%ZZ") ? value : URLEncoder.encode(e.getValue() == null ? "" : e.getKey()
                        .equals(name) ? value : e.getValue(), StandardCharsets.UTF_8))).collect(Collectors.joining("&")));
            }
        }
        return bodies;
    }

    /** A JSON payload's mutations at every field: removed, null, another type, far too long; sent as {@code wire}. */
    private static List<String> jsonMutations(ObjectNode payload, Function<JsonNode, String> wire) {
        var bodies = new ArrayList<String>();
        bodies.add(wire.apply(NODES.arrayNode().add(1)));
        bodies.add(wire.apply(NODES.objectNode().putNull("type")));
        for (var path : paths(payload, "")) {
            if (bodies.size() >= PER_SEED) {
                break;
            }
            for (var change : List.<JsonNode>of(NODES.missingNode(), NODES.nullNode(), NODES.numberNode(7),
                    NODES.arrayNode().add("a"), NODES.textNode(HUGE))) {
                var copy = payload.deepCopy();
                // A new click or event each time, so that the deduplication lets every mutation through to a listener.
                UNIQUE.forEach(field -> {
                    if (copy.has(field)) {
                        copy.put(field, "Fz" + COUNTER.incrementAndGet());
                    }
                });
                replace(copy, path, change);
                bodies.add(wire.apply(copy));
            }
        }
        return bodies;
    }

    private static List<String> paths(JsonNode node, String prefix) {
        var paths = new ArrayList<String>();
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                paths.add(prefix + "/" + name);
                paths.addAll(paths(object.get(name), prefix + "/" + name));
            });
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            paths.add(prefix + "/0");
            paths.addAll(paths(array.get(0), prefix + "/0"));
        }
        return paths;
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        var cut = path.lastIndexOf('/');
        var parent = root.at(path.substring(0, cut));
        var name = path.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            if (value.isMissingNode()) {
                object.remove(name);
            } else {
                object.set(name, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value.isMissingNode()) {
                array.remove(Integer.parseInt(name));
            } else {
                array.set(Integer.parseInt(name), value);
            }
        }
    }

    /** Lets the work after the acks finish, so that what it logs is seen. */
    private static void awaitQuiet(RunningApp app) throws InterruptedException {
        int before = -1;
        while (before != app.slack.calls().size()) {
            before = app.slack.calls().size();
            Thread.sleep(500);
        }
    }
}
