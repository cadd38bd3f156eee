package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.store.TeamKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** The edge, over real HTTP: what reaches Bolt is signed, fresh and new; the other routes answer only what they should. */
@Isolated
class EdgeEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(temp.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void unsignedGarbageIsRefusedBeforeAnythingParsesItAndNothingOfItIsLogged() {
        List<String> lines;
        try (var logs = new LogCapture()) {
            for (var body : List.of("command=%2Fx&text=%ZZ", "payload=%5B1%5D", "{\"type\":null}",
                    "{\"event_id\":\"x\"}\n05:41:09.206 ERROR dev.mlopsguide FORGED")) {
                var reply = app.driver.send(body, SlackDriver.FORM, SlackDriver.Signing.NONE, Map.of());
                assertThat(reply.status()).as(body).isEqualTo(401);
                assertThat(reply.body()).isEqualTo("{\"error\":\"not signed\"}");
            }
            lines = logs.lines();
        }
        assertThat(lines).noneSatisfy(line -> assertThat(line).containsAnyOf("%ZZ", "%5B1%5D", "FORGED", "Exception"));
    }

    @Test
    void aTimestampMoreThanFiveMinutesFromNowEitherWayIsRefused() {
        for (var signing : List.of(SlackDriver.Signing.STALE, SlackDriver.Signing.FUTURE)) {
            var reply = app.driver.send(app.driver.commandBody(ALICE, "help"), SlackDriver.FORM, signing, Map.of());
            assertThat(reply.status()).as(signing.name()).isEqualTo(401);
            assertThat(reply.body()).contains("more than five minutes from now");
        }
        long nowInMillis = app.application.clock().millis();
        assertThat(app.driver.sendSignedAt(app.driver.commandBody(ALICE, "help"), SlackDriver.FORM, nowInMillis).status())
                .isEqualTo(401);
        assertThat(app.slack.calls("response_url")).isEmpty();
    }

    @Test
    void aReplayedRequestIsAcknowledgedAndDoesNothingAgain() throws Exception {
        var body = app.driver.commandBody(ALICE, "team");
        long now = app.application.clock().instant().getEpochSecond();

        var first = app.driver.sendSignedAt(body, SlackDriver.FORM, now);
        var replay = app.driver.sendSignedAt(body, SlackDriver.FORM, now);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("Starting a team assessment");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEmpty();
        app.slack.await("chat.postMessage", 2);
        assertThat(app.slack.calls("chat.postMessage")).filteredOn(c -> !c.params().containsKey("thread_ts")).hasSize(1);
    }

    @Test
    void directMessageSubtypesAreAcknowledged() {
        for (var subtype : List.of("message_changed", "message_deleted", "file_share", "thread_broadcast", "bot_message")) {
            var event = JsonNodeFactory.instance.objectNode().put("type", "message")
                    .put("subtype", subtype).put("channel", "DUALICE").put("channel_type", "im").put("ts", "1.2");
            assertThat(app.driver.event(FakeSlack.WORKSPACE, event, "Ev-" + subtype, 0).status()).as(subtype).isEqualTo(200);
        }
        assertThat(app.slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void onlyTheMethodsAndPathsTheRoutesNeedAreServed() throws Exception {
        var trace = HTTP.send(HttpRequest.newBuilder(app.uri(AppServer.HEALTH_PATH)).method("TRACE",
                HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer secret").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.body()).doesNotContain("Bearer");
        var options = HTTP.send(HttpRequest.newBuilder(app.uri(AppServer.EVENTS_PATH)).method("OPTIONS",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(options.statusCode()).isEqualTo(405);

        for (var path : List.of("/slack/events/../../metrics", "/slack/events/%2e%2e/%2e%2e/metrics", "/slack//events",
                "/slack/events;x=1")) {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.service.port() + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).doesNotContain("jvm_");
        }
    }

    @Test
    void oneFormsSignedStateIsRefusedByAnother() throws Exception {
        app.driver.command(ALICE, "");
        var assessment = SlackFlows.openedView(app.slack);
        app.driver.command(ALICE, "profile");
        var profile = (ObjectNode) app.slack.await("views.open", 2).get(1).json("view");
        profile.put("id", "VPROFILE").put("hash", "H").put("private_metadata", assessment.path("private_metadata").asText());

        var reply = app.driver.submitView(ALICE, profile, SlackDriver.noValues());

        assertThat(reply.json().path("view").toString()).contains("could not be verified");
        assertThat(app.store.teams().find(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId()))
                .flatMap(team -> app.store.profiles().find(team.id()))).isEmpty();
    }
}
