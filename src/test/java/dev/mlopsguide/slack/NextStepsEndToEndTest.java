package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static dev.mlopsguide.slack.RunningApp.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.report.Wording;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.slack.blocks.StepBlocks;
import dev.mlopsguide.steps.AdoptedStep;
import dev.mlopsguide.store.Team;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Next steps that get done: adopted from a result with an owner and a due date, sent once to the workspace's
 * webhook (which fails once) and announced once, followed in the digest, the roll-up and the App Home, and, once done,
 * a question re-answered.
 */
class NextStepsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private RunningApp app;
    private HttpServer tracker;
    private final List<JsonNode> posted = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private Team team;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(temp.resolve("data"));
        team = app.application.teams().channel(FakeSlack.WORKSPACE, ALICE.channelId(), ALICE.channelName());
        app.application.teamAssessor().assess(team, TestContent.team("level-2-automated-training.yml"), Optional.empty(),
                ALICE.userId(), AssessmentMode.MODAL, Map.of());
        // An issue tracker's automation: down for the first call, then it creates the issue.
        tracker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tracker.createContext("/issues", exchange -> {
            var body = exchange.getRequestBody().readAllBytes();
            boolean first = calls.incrementAndGet() == 1;
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            var reply = (first ? "{}" : "{\"html_url\":\"https://issues.example/ml/12\"}").getBytes(StandardCharsets.UTF_8);
            if (!first) {
                posted.add(JSON.readTree(body));
            }
            exchange.sendResponseHeaders(first ? 503 : 201, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        tracker.start();
    }

    @AfterEach
    void stop() throws Exception {
        tracker.stop(0);
        app.close();
    }

    @Test
    void aStepAdoptedFromTheResultIsSentOnceAnnouncedOnceAndFollowedUntilItIsDone() throws Exception {
        app.driver.command(ALICE, "settings webhook http://127.0.0.1:" + tracker.getAddress().getPort() + "/issues");
        app.slack.await("response_url", c -> c.params().get("body").contains("Adopted next steps are now sent"), 1, WAIT);

        var results = app.driver.command(ALICE, "results").json();
        var adopt = firstAdoptButton(results.path("blocks"));
        var step = StepBlocks.Adoptable.parse(adopt).orElseThrow();
        app.driver.messageButton(ALICE, StepBlocks.ADOPT_ACTION, adopt, "1700000000.000900", null);
        var form = SlackFlows.openedView(app.slack);
        assertThat(form.toString()).contains("Adopt a next step").contains("\"initial_user\":\"UALICE\"");

        var due = LocalDate.ofInstant(app.application.clock().instant(), ZoneOffset.UTC).plusDays(10);
        var values = SlackDriver.user(SlackDriver.noValues(), StepBlocks.OWNER_BLOCK, "value", BOB.userId());
        SlackDriver.date(values, StepBlocks.DUE_BLOCK, "value", due.toString());
        var submitted = app.driver.submitView(ALICE, form, values).json();
        assertThat(submitted.path("view").toString()).contains("is adopted").contains("<@UBOB> owns it");

        var announced = app.slack.await("chat.postMessage", c -> c.params().get("text").contains("adopted a next step"),
                1, WAIT).get(0);
        assertThat(announced.params()).containsEntry("channel", ALICE.channelId());
        assertThat(announced.params().get("text")).contains("owned by <@UBOB>").contains("https://issues.example/ml/12");
        assertThat(calls.get()).isEqualTo(2);
        assertThat(keys).hasSize(2).allMatch(keys.get(0)::equals);
        assertThat(posted).singleElement().satisfies(issue -> {
            assertThat(issue.path("title").asText()).isEqualTo(TestContent.bundled().nextSteps().get(step.stepId()).title());
            assertThat(issue.path("due").asText()).isEqualTo(due.toString());
            assertThat(issue.path("body").asText()).contains("due " + Wording.day(due)).doesNotContain(due.toString());
            assertThat(issue.path("team").asText()).isEqualTo("#ml-platform");
        });

        // Followed: the steps command, the digest, the roll-up.
        var listed = app.driver.command(ALICE, "steps").json().path("blocks").toString();
        assertThat(listed).contains("<@UBOB>").contains("0 of 1 open steps in progress").contains(StepBlocks.STATUS_ACTION);
        app.driver.command(ALICE, "digest preview");
        var preview = JSON.readTree(app.slack.await("response_url", c -> c.params().get("body")
                .contains("MLOps digest of"), 1, WAIT).get(0).params().get("body")).path("blocks").toString();
        assertThat(preview).contains("Adopted steps: 0 of 1 open steps in progress").contains("• Run the tests on every change in CI: <@UBOB>, planned, due")
                .contains(StepBlocks.ADOPT_ACTION + ":0").doesNotContain(step.stepId() + " ");
        var row = app.application.org().rollUp(Optional.of(FakeSlack.WORKSPACE)).rows().get(0);
        assertThat(row.openSteps()).isEqualTo(1);
        assertThat(row.overdueSteps()).isZero();

        // Done from the App Home: the channel is asked whether it changes an answer, and the answer is re-recorded.
        var adopted = app.store.adoptedSteps().ofTeam(team.id()).get(0);
        app.driver.openHome(ALICE, "Ev-home-steps");
        var home = (ObjectNode) app.slack.await("views.publish", 1).get(0).json("view");
        assertThat(home.toString()).contains("Adopted next steps of <#CPLATFORM>")
                .as("no Adopt button for a step adopted already").doesNotContain("\"" + adopt + "\"");
        home.put("id", "VHOME").put("type", "home");
        app.driver.viewSelect(BOB, StepBlocks.STATUS_ACTION, adopted.id() + " done", home, SlackDriver.noValues());
        var doneMessage = app.slack.await("chat.postMessage", c -> c.params().get("text").startsWith("A next step is done"),
                1, WAIT).get(0);
        assertThat(app.store.adoptedSteps().byId(adopted.id()).orElseThrow().status()).isEqualTo(AdoptedStep.Status.DONE);
        app.slack.await("views.publish", 2);
        var reanswer = doneMessage.json("blocks").toString();
        assertThat(reanswer).contains(StepBlocks.REANSWER_ACTION);

        var before = app.store.assessments().latest(team.id()).orElseThrow();
        var question = adopted.questionId().orElseThrow();
        var options = TestContent.bundled().questionnaire().question(question).orElseThrow().options();
        var best = options.get(options.size() - 1).id();
        app.driver.messageButton(BOB, StepBlocks.REANSWER_ACTION, ALICE.channelId() + " " + question, "1.1", null);
        var oneQuestion = app.slack.await("views.open", 2).get(1).json("view");
        var recorded = app.driver.submitView(BOB, oneQuestion, SlackDriver.radio(SlackDriver.noValues(),
                StepBlocks.ANSWER_BLOCK, "value", best)).json();
        assertThat(recorded.path("view").toString()).contains("Recorded");
        var after = app.store.assessments().latest(team.id()).orElseThrow();
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.takenBy()).isEqualTo(BOB.userId());
        assertThat(after.answers().optionOf(question)).contains(best);
        assertThat(app.slack.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("text").contains("adopted a next step")).count()).isEqualTo(1);
    }

    @Test
    void aDueDateInThePastIsRefusedInTheFormAndAForgedStepAdoptsNothing() throws Exception {
        var adopt = firstAdoptButton(app.driver.command(ALICE, "results").json().path("blocks"));
        app.driver.messageButton(ALICE, StepBlocks.ADOPT_ACTION, adopt, "1700000000.000900", null);
        var form = SlackFlows.openedView(app.slack);
        var values = SlackDriver.user(SlackDriver.noValues(), StepBlocks.OWNER_BLOCK, "value", BOB.userId());
        SlackDriver.date(values, StepBlocks.DUE_BLOCK, "value", "2001-01-01");
        var refused = app.driver.submitView(ALICE, form, values).json();
        assertThat(refused.path("response_action").asText()).isEqualTo("errors");
        assertThat(refused.path("errors").path(StepBlocks.DUE_BLOCK).asText()).contains("from today on");

        form.put("private_metadata", "CPLATFORM run-tests-in-ci.forged");
        var forged = app.driver.submitView(ALICE, form, values).json();
        assertThat(forged.path("view").toString()).contains("could not be verified");
        assertThat(app.store.adoptedSteps().ofTeam(team.id())).isEmpty();
    }

    private static String firstAdoptButton(JsonNode blocks) {
        for (var block : blocks) {
            var accessory = block.path("accessory");
            if (StepBlocks.ADOPT_ACTION.equals(accessory.path("action_id").asText())) {
                return accessory.path("value").asText();
            }
        }
        throw new AssertionError("no Adopt button in " + blocks);
    }
}
