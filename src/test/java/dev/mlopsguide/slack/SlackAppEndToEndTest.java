package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static dev.mlopsguide.slack.RunningApp.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.Conditions;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.PeopleText;
import dev.mlopsguide.slack.blocks.HomeBlocks;
import dev.mlopsguide.slack.blocks.FormInputs;
import dev.mlopsguide.slack.blocks.ProfileViews;
import dev.mlopsguide.slack.blocks.ThreadBlocks;
import dev.mlopsguide.slack.flows.QuestionAnswering;
import dev.mlopsguide.slack.flows.ResultSharing;
import dev.mlopsguide.store.Feedback;
import dev.mlopsguide.store.TeamKey;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole app over real HTTP: signed requests in, Web API calls out to the fake Slack, results in the store. */
class SlackAppEndToEndTest {

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
    void aWholeModalAssessmentFromCommandToStoredResult() throws Exception {
        var answers = TestContent.team("level-2-automated-training.yml");

        var ack = app.driver.command(ALICE, "");
        assertThat(ack.status()).isEqualTo(200);
        var view = SlackFlows.openedView(app.slack);
        assertThat(view.path("private_metadata").asText().length()).isLessThan(3000);

        int areas = 0;
        while (true) {
            areas++;
            assertThat(view.path("blocks").get(0).path("elements").get(0).path("text").asText())
                    .startsWith("Area " + areas + " of ");
            var reply = app.driver.submitView(ALICE, view, SlackFlows.selections(view, answers));
            assertThat(reply.status()).isEqualTo(200);
            var response = reply.json();
            assertThat(response.path("response_action").asText()).isEqualTo("update");
            view = SlackFlows.withId(response.path("view"), view);
            if (!view.path("callback_id").asText().equals(AssessmentViews.CALLBACK_ID)) {
                break;
            }
        }
        assertThat(areas).isEqualTo(6);
        assertThat(view.toString()).contains("MLOps maturity: level 2 · Automated Training");

        var team = app.store.teams().find(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId())).orElseThrow();
        var stored = app.store.assessments().latest(team.id()).orElseThrow();
        assertThat(stored.takenBy()).isEqualTo(ALICE.userId());
        assertThat(stored.mode()).isEqualTo(AssessmentMode.MODAL);
        assertThat(stored.answers()).isEqualTo(answers);
        assertThat(stored.level()).isEqualTo(2);

        var ephemeral = app.slack.await("chat.postEphemeral", 1).get(0);
        assertThat(ephemeral.params()).containsEntry("user", ALICE.userId()).containsEntry("channel", ALICE.channelId());
        assertThat(ephemeral.params().get("text")).startsWith("MLOps maturity: level 2");
        assertThat(ephemeral.params().get("blocks")).contains(ResultSharing.SHARE_ACTION);

        var results = app.driver.command(ALICE, "results").json();
        assertThat(results.path("text").asText()).startsWith("MLOps maturity: level 2");
        assertThat(results.path("blocks").toString()).contains("Latest result of <#CPLATFORM>, by <@UALICE>");
        var history = app.driver.command(ALICE, "history").json();
        assertThat(history.path("text").asText()).contains("1 assessment, now level 2");
        assertThat(history.path("blocks").toString()).contains("*level 2* · <!date^").contains("· <@UALICE>, alone, in the form")
                .contains("One assessment so far");

        var share = app.driver.messageButton(ALICE, ResultSharing.SHARE_ACTION, String.valueOf(stored.id()), "1.1", null);
        assertThat(share.status()).isEqualTo(200);
        var shared = app.slack.await("chat.postMessage", c -> ALICE.channelId().equals(c.params().get("channel")), 1,
                Duration.ofSeconds(10)).get(0);
        assertThat(shared.params().get("text")).contains("<@UALICE> shared an MLOps assessment");
        app.slack.await("response_url", c -> c.params().get("body").contains("Shared in"), 1, Duration.ofSeconds(10));
    }

    @Test
    void aMissingAnswerIsRefusedWithAnErrorOnItsQuestion() throws Exception {
        app.driver.command(ALICE, "");
        var view = SlackFlows.openedView(app.slack);

        var reply = app.driver.submitView(ALICE, view, SlackDriver.radio(SlackDriver.noValues(), "serving",
                AssessmentViews.ANSWER_ACTION, "online"));

        assertThat(reply.json().path("response_action").asText()).isEqualTo("errors");
        assertThat(reply.json().path("errors").has("collaboration")).isTrue();
        assertThat(reply.json().path("errors").has("serving")).isFalse();
    }

    @Test
    void whenTheDatabaseIsDownTheModalKeepsItsAnswersAndSaysSo() throws Exception {
        var answers = TestContent.team("level-1-devops-no-mlops.yml");
        app.driver.command(ALICE, "");
        var view = SlackFlows.openedView(app.slack);
        for (int area = 1; area < 6; area++) {
            view = SlackFlows.withId(app.driver.submitView(ALICE, view, SlackFlows.selections(view, answers)).json().path("view"), view);
        }
        app.store.close();

        var reply = app.driver.submitView(ALICE, view, SlackFlows.selections(view, answers)).json();
        var command = app.driver.command(ALICE, "results").json();

        assertThat(reply.path("response_action").asText()).isEqualTo("errors");
        assertThat(reply.path("errors").toString()).contains("could not be saved just now");
        assertThat(command.path("text").asText()).contains("Something went wrong on my side");
    }

    @Test
    void tamperedProgressIsRefusedCleanly() throws Exception {
        app.driver.command(ALICE, "");
        var view = (com.fasterxml.jackson.databind.node.ObjectNode) SlackFlows.openedView(app.slack);
        var metadata = view.path("private_metadata").asText();
        view.put("private_metadata", metadata.replace("~CPLATFORM~", "~COTHER~"));

        var reply = app.driver.submitView(ALICE, view, SlackFlows.selections(view, TestContent.team("level-4-full-automation.yml")));

        assertThat(reply.json().path("response_action").asText()).isEqualTo("update");
        assertThat(reply.json().path("view").toString()).contains("could not be verified");
        assertThat(app.store.teams().find(TeamKey.channel(FakeSlack.WORKSPACE, "COTHER"))).isEmpty();
    }

    @Test
    void aWholeTeamThreadWithTwoPeopleAnswering() throws Exception {
        var answers = TestContent.team("level-3-automated-deployment.yml");

        var ack = app.driver.command(ALICE, "team");
        assertThat(ack.body()).contains("Starting a team assessment");
        var root = app.slack.await("chat.postMessage", 1).get(0);
        var rootTs = "1700000000.000101";
        assertThat(root.params().get("text")).contains("Team MLOps assessment started by <@UALICE>");

        int asked = 0;
        while (true) {
            var questions = app.slack.await("chat.postMessage", c -> rootTs.equals(c.params().get("thread_ts")),
                    asked + 1, Duration.ofSeconds(10));
            var last = questions.get(questions.size() - 1);
            if (last.params().get("text").startsWith("MLOps maturity")) {
                break;
            }
            var question = SlackFlows.questionOf(last);
            var person = asked % 2 == 0 ? ALICE : BOB;
            var option = answers.optionOf(question).orElseThrow();
            var index = TestContent.bundled().questionnaire().question(question).orElseThrow().options().stream()
                    .map(o -> o.id()).toList().indexOf(option);
            var messageTs = SlackFlows.postedTs(last);
            assertThat(app.driver.messageButton(person, ThreadBlocks.ANSWER_ACTION_PREFIX + index,
                    question + "|" + option, messageTs, rootTs).status()).isEqualTo(200);
            asked++;
        }
        assertThat(asked).isEqualTo(answers.size());

        var result = app.slack.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("text").startsWith("MLOps maturity")).findFirst().orElseThrow();
        assertThat(result.params().get("text")).startsWith("MLOps maturity: level 3");
        app.slack.await("chat.update", c -> rootTs.equals(c.params().get("ts"))
                && c.params().get("text").contains("finished: level 3"), 1, Duration.ofSeconds(10));
        var updates = app.slack.calls("chat.update").stream().map(c -> c.json("blocks").toString()).toList();
        assertThat(String.join("", updates)).contains("answered by <@UALICE>").contains("answered by <@UBOB>");

        var team = app.store.teams().find(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId())).orElseThrow();
        var stored = app.store.assessments().latest(team.id()).orElseThrow();
        assertThat(stored.mode()).isEqualTo(AssessmentMode.CHANNEL);
        assertThat(stored.level()).isEqualTo(3);
        assertThat(stored.answers()).isEqualTo(answers);
    }

    @Test
    void aTeamThreadIsOneAtATimeScoresOnlyOnceHalfIsAnsweredAndClosesWhenFinished() throws Exception {
        var team = app.application.teams().channel(FakeSlack.WORKSPACE, ALICE.channelId(), ALICE.channelName());
        long complete = app.application.teamAssessor().assess(team, TestContent.team("level-2-automated-training.yml"),
                Optional.empty(), "UALICE", AssessmentMode.MODAL, Map.of()).assessmentId();
        app.driver.command(ALICE, "team");
        var first = app.slack.await("chat.postMessage", c -> c.params().containsKey("thread_ts"), 1,
                Duration.ofSeconds(10)).get(0);
        var rootTs = first.params().get("thread_ts");

        var second = app.driver.command(BOB, "team");
        assertThat(second.body()).contains("has a team assessment open already")
                .contains("/archives/" + ALICE.channelId() + "/p" + rootTs.replace(".", ""));

        app.driver.messageButton(BOB, ThreadBlocks.FINISH_ACTION, "finish", rootTs, null);
        app.slack.await("response_url", c -> c.params().get("body").contains("Only 0 of"), 1, Duration.ofSeconds(10));
        assertThat(app.store.assessments().latest(team.id()).orElseThrow().id()).isEqualTo(complete);

        // Half of the questions answered (the first option each time: nothing deployed, so 9 apply), then Finish.
        var questionTs = SlackFlows.postedTs(first);
        var asked = first;
        for (int answered = 1; answered <= 5; answered++) {
            var question = SlackFlows.questionOf(asked);
            var option = TestContent.bundled().questionnaire().question(question).orElseThrow().options().get(0).id();
            app.driver.messageButton(ALICE, ThreadBlocks.ANSWER_ACTION_PREFIX + 0, question + "|" + option,
                    SlackFlows.postedTs(asked), rootTs);
            var posted = app.slack.await("chat.postMessage", c -> rootTs.equals(c.params().get("thread_ts")),
                    answered + 1, Duration.ofSeconds(10));
            asked = posted.get(posted.size() - 1);
        }
        app.driver.messageButton(BOB, ThreadBlocks.FINISH_ACTION, "finish", rootTs, null);

        app.slack.await("chat.update", c -> rootTs.equals(c.params().get("ts"))
                && c.json("blocks").toString().contains("The assessment is closed"), 1, Duration.ofSeconds(10));
        app.slack.await("chat.update", c -> questionTs.equals(c.params().get("ts"))
                && c.json("blocks").toString().contains("The assessment is closed"), 1, Duration.ofSeconds(10));
        var closed = app.slack.calls("chat.update").stream().filter(c -> questionTs.equals(c.params().get("ts")))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(closed.json("blocks").toString()).doesNotContain(ThreadBlocks.ANSWER_ACTION_PREFIX);
        var result = app.slack.await("chat.postMessage", c -> c.params().get("text").startsWith("MLOps maturity"), 1,
                Duration.ofSeconds(10)).get(0);
        assertThat(result.json("blocks").toString()).contains("partial result");
        var history = app.store.assessments().history(team.id()).records();
        assertThat(history).hasSize(2).last().satisfies(partial -> assertThat(partial.isPartial()).isTrue());
        assertThat(app.store.assessments().latest(team.id()).orElseThrow().id()).isEqualTo(complete);

        assertThat(app.driver.command(BOB, "team").body()).contains("Starting a team assessment");
    }

    @Test
    void aChangedServingModeNumbersTheThreadAgainAndOnlyItsStarterCancelsIt() throws Exception {
        app.driver.command(ALICE, "team");
        var first = app.slack.await("chat.postMessage", c -> c.params().containsKey("thread_ts"), 1,
                Duration.ofSeconds(10)).get(0);
        var rootTs = first.params().get("thread_ts");
        var servingTs = SlackFlows.postedTs(first);
        app.driver.messageButton(ALICE, ThreadBlocks.ANSWER_ACTION_PREFIX + 1, "serving|batch", servingTs, rootTs);
        var second = app.slack.await("chat.postMessage", c -> rootTs.equals(c.params().get("thread_ts")), 2,
                Duration.ofSeconds(10)).get(1);
        app.driver.messageButton(BOB, ThreadBlocks.ANSWER_ACTION_PREFIX + 0, SlackFlows.questionOf(second) + "|alone",
                SlackFlows.postedTs(second), rootTs);
        app.slack.await("chat.postMessage", c -> rootTs.equals(c.params().get("thread_ts")), 3, Duration.ofSeconds(10));

        app.driver.messageButton(ALICE, ThreadBlocks.ANSWER_ACTION_PREFIX + 3, "serving|streaming", servingTs, rootTs);

        int total = TestContent.bundled().questionnaire().applicable(Answers.NONE.with("serving", "streaming")
                .with("collaboration", "alone")).size();
        var secondTs = SlackFlows.postedTs(second);
        app.slack.await("chat.update", c -> secondTs.equals(c.params().get("ts"))
                && c.params().get("text").startsWith("Question 2 of " + total + ":"), 1, Duration.ofSeconds(10));
        app.slack.await("chat.update", c -> servingTs.equals(c.params().get("ts"))
                && c.params().get("text").startsWith("Question 1 of " + total + ":"), 1, Duration.ofSeconds(10));

        app.driver.messageButton(BOB, ThreadBlocks.CANCEL_ACTION, "cancel", rootTs, null);
        app.slack.await("response_url", c -> c.params().get("body").contains("who started this team assessment, can "
                + "cancel it"), 1, Duration.ofSeconds(10));
        app.driver.messageButton(ALICE, ThreadBlocks.CANCEL_ACTION, "cancel", rootTs, null);
        app.slack.await("chat.update", c -> rootTs.equals(c.params().get("ts"))
                && c.json("blocks").toString().contains("cancelled by <@UALICE>"), 1, Duration.ofSeconds(10));
        app.slack.await("chat.update", c -> secondTs.equals(c.params().get("ts"))
                && c.json("blocks").toString().contains("The assessment is closed"), 1, Duration.ofSeconds(10));
        var team = app.store.teams().find(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId())).orElseThrow();
        assertThat(app.store.assessments().history(team.id()).records()).isEmpty();
        assertThat(app.driver.command(BOB, "team").body()).contains("Starting a team assessment");
    }

    @Test
    void anAnswerInTheThreadCanBeChanged() throws Exception {
        app.driver.command(ALICE, "team");
        var first = app.slack.await("chat.postMessage", c -> c.params().containsKey("thread_ts"), 1, Duration.ofSeconds(10)).get(0);
        var rootTs = first.params().get("thread_ts");
        var ts = SlackFlows.postedTs(first);

        app.driver.messageButton(ALICE, ThreadBlocks.ANSWER_ACTION_PREFIX + 1, "serving|batch", ts, rootTs);
        app.slack.await("chat.postMessage", c -> rootTs.equals(c.params().get("thread_ts")), 2, Duration.ofSeconds(10));
        app.driver.messageButton(BOB, ThreadBlocks.ANSWER_ACTION_PREFIX + 2, "serving|online", ts, rootTs);

        app.slack.await("chat.update", c -> ts.equals(c.params().get("ts")) && c.json("blocks").toString()
                .contains("answered by <@UBOB>"), 1, Duration.ofSeconds(10));
        var flow = app.store.channelFlows().find(ALICE.channelId(), rootTs).orElseThrow();
        assertThat(app.store.channelFlows().answers(flow.id())).singleElement()
                .satisfies(a -> assertThat(a.optionId() + " by " + a.answeredBy()).isEqualTo("online by UBOB"));
    }

    @Test
    void theProfileModalSetsTheTarget() throws Exception {
        app.driver.command(ALICE, "profile");
        var view = SlackFlows.openedView(app.slack);
        var values = SlackDriver.select(SlackDriver.noValues(), ProfileViews.STAGE, FormInputs.ACTION, "production");
        SlackDriver.text(values, ProfileViews.MODELS, FormInputs.ACTION, "4");
        SlackDriver.select(values, ProfileViews.RETRAINING, FormInputs.ACTION, "weekly");
        SlackDriver.select(values, ProfileViews.SERVING, FormInputs.ACTION, "online");
        SlackDriver.text(values, ProfileViews.AVAILABILITY, FormInputs.ACTION, "250");
        SlackDriver.radio(values, ProfileViews.REGULATION, FormInputs.ACTION, "light");

        var refused = app.driver.submitView(ALICE, view, values);
        assertThat(refused.json().path("errors").path(ProfileViews.AVAILABILITY).asText()).contains("percentage");

        SlackDriver.text(values, ProfileViews.AVAILABILITY, FormInputs.ACTION, "99.9");
        var saved = app.driver.submitView(ALICE, view, values);
        assertThat(saved.json().path("view").toString()).contains("3 · Automated Model Deployment")
                .contains("recorded human approval");
        var team = app.store.teams().find(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId())).orElseThrow();
        assertThat(app.store.profiles().find(team.id()).orElseThrow().profile().availability()).isEqualTo(99.9);
    }

    @Test
    void theProfileDoesNotAskTheServingModeTheAssessmentAnswered() throws Exception {
        var team = app.store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId()), "#ml-platform");
        app.application.teamAssessor().assess(team, TestContent.team("level-2-automated-training.yml"), Optional.empty(),
                ALICE.userId(), AssessmentMode.MODAL, Map.of());

        app.driver.command(ALICE, "profile");
        var view = SlackFlows.openedView(app.slack);
        assertThat(view.path("blocks").findValuesAsText("block_id")).doesNotContain(ProfileViews.SERVING);
        assertThat(view.toString()).contains("Predictions are served: *Batch*, as your team answered in its assessment.");
        var values = SlackDriver.select(SlackDriver.noValues(), ProfileViews.STAGE, FormInputs.ACTION, "production");
        SlackDriver.text(values, ProfileViews.MODELS, FormInputs.ACTION, "2");
        SlackDriver.select(values, ProfileViews.RETRAINING, FormInputs.ACTION, "monthly");
        SlackDriver.radio(values, ProfileViews.REGULATION, FormInputs.ACTION, "none");

        var saved = app.driver.submitView(ALICE, view, values);

        assertThat(saved.json().path("response_action").asText()).isEqualTo("update");
        assertThat(app.store.profiles().find(team.id()).orElseThrow().profile().serving()).isEqualTo(ServingMode.BATCH);
        app.driver.command(ALICE, "profile");
        var again = app.slack.await("views.open", 2).get(1).json("view");
        assertThat(again.path("blocks").findValuesAsText("block_id")).contains(ProfileViews.SERVING);
    }

    @Test
    void appHomeShowsTheLatestResultAfterAnAssessmentAndAnEmptyStateBefore() throws Exception {
        app.driver.openHome(ALICE, "Ev-home-1");
        var empty = app.slack.await("views.publish", 1).get(0);
        assertThat(empty.json("view").toString()).contains("To start").contains(HomeBlocks.ASSESS_ACTION);

        var team = app.store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId()), "#ml-platform");
        app.application.teamAssessor().assess(team, TestContent.team("level-2-automated-training.yml"), Optional.empty(),
                        ALICE.userId(), AssessmentMode.MODAL, Map.of());
        app.driver.openHome(ALICE, "Ev-home-2");

        var home = app.slack.await("views.publish", 2).get(1);
        assertThat(home.params().get("user_id")).isEqualTo(ALICE.userId());
        assertThat(home.json("view").toString()).contains("is at *level 2 · Automated Training*")
                .contains("Next steps").contains(HomeBlocks.PROFILE_ACTION);
    }

    @Test
    void fromTheAppHomeTheAssessmentAsksWhichTeamAndStartsFromItsLastAnswers() throws Exception {
        var answers = TestContent.team("level-2-automated-training.yml");
        var team = app.store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId()), "#ml-platform");
        app.application.teamAssessor().assess(team, answers, Optional.empty(), ALICE.userId(), AssessmentMode.MODAL, Map.of());

        app.driver.messageButton(ALICE.in("DUALICE", "directmessage"), HomeBlocks.ASSESS_ACTION, "CPLATFORM", "1.1", null);
        var chooser = SlackFlows.openedView(app.slack);
        assertThat(chooser.path("callback_id").asText()).isEqualTo(AssessmentViews.TEAM_CALLBACK_ID);
        assertThat(chooser.toString()).contains("\"initial_conversation\":\"CPLATFORM\"");

        var none = app.driver.submitView(ALICE, chooser, SlackDriver.noValues()).json();
        assertThat(none.path("response_action").asText()).isEqualTo("errors");

        var forPlatform = app.driver.submitView(ALICE, chooser, chosenChannel(ALICE.channelId())).json().path("view");
        assertThat(forPlatform.path("callback_id").asText()).isEqualTo(AssessmentViews.CALLBACK_ID);
        assertThat(forPlatform.toString()).contains("Your team's answers of <!date^").contains("initial_option");
        app.slack.await("conversations.info", 1);

        var forData = app.driver.submitView(ALICE, chooser, chosenChannel("CDATA")).json().path("view");
        assertThat(forData.path("callback_id").asText()).isEqualTo(AssessmentViews.CALLBACK_ID);
        assertThat(forData.toString()).doesNotContain("initial_option").doesNotContain("answers of");
    }

    @Test
    void aTeamIsNamedAfterItsChannelAndFollowsItsRenames() throws Exception {
        app.driver.command(ALICE, "results");
        var key = TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId());
        app.store.teams().ensure(key, "CPLATFORM");
        app.driver.command(ALICE.in(ALICE.channelId(), "ml-platform-2"), "results");
        Conditions.await(Duration.ofSeconds(10), "the team renamed by a command",
                () -> app.store.teams().find(key).orElseThrow().name().equals("#ml-platform-2"));
        assertThat(app.store.people().names(FakeSlack.WORKSPACE)).containsEntry(ALICE.userId(), ALICE.userName());

        var rename = JsonNodeFactory.instance.objectNode().put("type", "channel_rename");
        rename.putObject("channel").put("id", ALICE.channelId()).put("name", "ml-platform-team").put("created", 1);
        assertThat(app.driver.event(FakeSlack.WORKSPACE, rename, "Ev-rename-1", 0).status()).isEqualTo(200);
        Conditions.await(Duration.ofSeconds(10), "the team renamed by the event",
                () -> app.store.teams().find(key).orElseThrow().name().equals("#ml-platform-team"));
    }

    @Test
    void nothingPeopleReadShowsASlackIdOrAMachineTime() throws Exception {
        var answers = TestContent.team("level-2-automated-training.yml");
        var team = app.store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, ALICE.channelId()), "#ml-platform");
        app.application.teamAssessor().assess(team, answers, Optional.empty(), ALICE.userId(), AssessmentMode.MODAL, Map.of());
        app.application.teamAssessor().assess(team, answers, Optional.empty(), BOB.userId(), AssessmentMode.MODAL, Map.of());
        var acks = new java.util.ArrayList<JsonNode>();
        for (var text : new String[] {"results", "history", "help", "explain levels", "profile", ""}) {
            var body = app.driver.command(ALICE, text).body();
            if (!body.isBlank()) {
                acks.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(body));
            }
        }
        app.driver.command(ALICE.in("DUALICE", "directmessage"), "results");
        app.driver.command(ALICE, "digest preview");
        app.slack.await("files.completeUploadExternal", 1);
        app.driver.openHome(ALICE, "Ev-home-scan");
        app.slack.await("views.publish", 1);

        for (var ack : acks) {
            assertThat(PeopleText.machineTexts(ack)).as("an ack").isEmpty();
        }
        for (var call : app.slack.calls()) {
            for (var param : new String[] {"text", "blocks", "view"}) {
                var value = call.params().get(param);
                if (value != null) {
                    var json = param.equals("text") ? JsonNodeFactory.instance.objectNode().put("text", value) : call.json(param);
                    assertThat(PeopleText.machineTexts(json)).as("%s of %s", param, call.method()).isEmpty();
                }
            }
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode chosenChannel(String channel) {
        var chosen = SlackDriver.noValues();
        chosen.putObject(AssessmentViews.TEAM_BLOCK).putObject("channel").put("type", "conversations_select")
                .put("selected_conversation", channel);
        return chosen;
    }

    @Test
    void requestsWithABadStaleOrMissingSignatureGet401AndChangeNothing() throws Exception {
        var body = "command=%2Fmlops-assess&text=team&team_id=T0FAKE&channel_id=CPLATFORM&user_id=UALICE&trigger_id=1.2";
        for (var signing : new SlackDriver.Signing[] {SlackDriver.Signing.WRONG_SECRET, SlackDriver.Signing.STALE,
                SlackDriver.Signing.NONE}) {
            var reply = app.driver.send(body, "application/x-www-form-urlencoded", signing, Map.of());
            assertThat(reply.status()).as(signing.name()).isEqualTo(401);
        }
        assertThat(app.slack.calls()).extracting(FakeSlack.Call::method).containsOnly("auth.test");
        assertThat(app.store.teams().inWorkspace(FakeSlack.WORKSPACE)).isEmpty();
    }

    @Test
    void aRetriedEventIsHandledOnce() throws Exception {
        var event = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("type", "app_home_opened").put("user", ALICE.userId()).put("channel", "DALICE").put("tab", "home");

        assertThat(app.driver.event(FakeSlack.WORKSPACE, event, "Ev-retried", 0).status()).isEqualTo(200);
        assertThat(app.driver.event(FakeSlack.WORKSPACE, event, "Ev-retried", 1).status()).isEqualTo(200);
        assertThat(app.driver.event(FakeSlack.WORKSPACE, event, "Ev-other", 0).status()).isEqualTo(200);

        app.slack.await("views.publish", 2);
        assertThat(app.slack.calls("views.publish")).hasSize(2);
    }

    @Test
    void aRateLimitedViewsUpdateIsRetriedAfterRetryAfter() throws Exception {
        app.driver.command(ALICE, "");
        var first = SlackFlows.openedView(app.slack);
        var second = SlackFlows.withId(app.driver.submitView(ALICE, first, SlackFlows.selections(first, TestContent.team("level-1-devops-no-mlops.yml")))
                .json().path("view"), first);
        app.slack.fail("views.update", new FakeSlack.Fault.RateLimited(1), 1);

        var back = app.driver.viewButton(ALICE, AssessmentViews.BACK_ACTION, "back", second, SlackDriver.noValues());

        assertThat(back.status()).isEqualTo(200);
        var updates = app.slack.await("views.update", 2);
        assertThat(Duration.between(updates.get(0).at(), updates.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(updates.get(1).json("view").toString()).contains("Area 1 of 6");
        assertThat(updates.get(1).params()).containsEntry("view_id", second.path("id").asText());
    }

    @Test
    void unknownSubcommandsGetHelpAndEveryReplyHasText() {
        var unknown = app.driver.command(ALICE, "frobnicate now").json();
        var help = app.driver.command(ALICE, "help").json();
        var explain = app.driver.command(ALICE, "explain operate").json();
        var ask = app.driver.command(ALICE, "ask how do we detect drift?").json();
        var results = app.driver.command(ALICE, "results").json();

        assertThat(unknown.toString()).contains("I don't know").contains("frobnicate now").contains("/mlops-assess team");
        assertThat(help.toString()).contains("/mlops-assess digest on").contains("/mlops-assess ask");
        assertThat(explain.toString()).contains("How do we know the model still performs");
        assertThat(ask.path("text").asText()).startsWith("Detecting data drift");
        assertThat(ask.path("blocks").toString()).contains(AnswerBlocks.HELPFUL_ACTION);
        assertThat(results.path("text").asText()).contains("No assessment yet");
        for (var reply : new JsonNode[] {unknown, help, explain, results, ask}) {
            assertThat(reply.path("text").asText()).isNotBlank();
            assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
        }
    }

    @Test
    void aMentionIsAnsweredOnceInItsThreadEvenWhenSlackRetries() throws Exception {
        var mention = JsonNodeFactory.instance.objectNode().put("type", "app_mention").put("user", ALICE.userId())
                .put("channel", ALICE.channelId()).put("ts", "1700000500.000100")
                .put("text", "<@UBOT> how do we detect data drift?");

        assertThat(app.driver.event(FakeSlack.WORKSPACE, mention, "Ev-mention", 0).status()).isEqualTo(200);
        assertThat(app.driver.event(FakeSlack.WORKSPACE, mention, "Ev-mention", 1).status()).isEqualTo(200);

        var answer = app.slack.await("chat.postMessage", 1).get(0);
        assertThat(answer.params()).containsEntry("channel", ALICE.channelId()).containsEntry("thread_ts", "1700000500.000100");
        assertThat(answer.params().get("text")).startsWith("Detecting data drift");
        assertThat(answer.json("blocks").toString()).contains("Sources").contains(AnswerBlocks.HELPFUL_ACTION);

        var botMessage = JsonNodeFactory.instance.objectNode().put("type", "app_mention").put("user", "UOTHERBOT")
                .put("bot_id", "B2").put("channel", ALICE.channelId()).put("ts", "1700000600.000100").put("text", "<@UBOT> hi");
        app.driver.event(FakeSlack.WORKSPACE, botMessage, "Ev-bot", 0);
        var dm = JsonNodeFactory.instance.objectNode().put("type", "message").put("channel_type", "im")
                .put("user", BOB.userId()).put("channel", "DBOB").put("ts", "1700000700.000100").put("text", "what does level 3 need?");
        app.driver.event(FakeSlack.WORKSPACE, dm, "Ev-dm", 0);

        var replies = app.slack.await("chat.postMessage", 2);
        assertThat(replies.get(1).params()).containsEntry("channel", "DBOB").containsEntry("thread_ts", "1700000700.000100");
        assertThat(replies.get(1).params().get("text")).startsWith("Level 3 · Automated Model Deployment");
        assertThat(app.slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void feedbackOnAnAnswerIsStored() throws Exception {
        var ask = app.driver.command(ALICE, "ask how do we detect data drift?").json();
        var value = ask.path("blocks").findValues("value").get(0).asText();

        var vote = app.driver.messageButton(ALICE, AnswerBlocks.UNHELPFUL_ACTION, value, "1.1", null);

        assertThat(vote.status()).isEqualTo(200);
        assertThat(app.store.feedback().tally(FakeSlack.WORKSPACE)).isEqualTo(new Feedback.Tally(0, 1));
        var thanks = app.slack.await("chat.postEphemeral", c -> c.params().get("text").contains("Thanks for telling me"), 1,
                Duration.ofSeconds(10)).get(0);
        assertThat(thanks.params()).containsEntry("thread_ts", "1.1").containsEntry("user", ALICE.userId());
    }

    @Test
    void askingTooOftenGetsAFriendlyMessage() {
        String last = "";
        for (int i = 0; i <= QuestionAnswering.PER_MINUTE; i++) {
            last = app.driver.command(BOB, "ask what is a canary release? " + i).json().path("text").asText();
        }
        assertThat(last).contains("questions in the last minute");
    }

    @Test
    void healthReadinessAndLimitsOfTheServer() throws Exception {
        var http = HttpClient.newHttpClient();
        var health = http.send(HttpRequest.newBuilder(app.uri("/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        var ready = http.send(HttpRequest.newBuilder(app.uri("/readyz")).build(), HttpResponse.BodyHandlers.ofString());
        // As a careful client would, it asks before sending the body; without that, the refusal can race the upload.
        var huge = http.send(HttpRequest.newBuilder(app.uri(AppServer.EVENTS_PATH)).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(1_100_000))).build(), HttpResponse.BodyHandlers.ofString());
        var unknown = http.send(HttpRequest.newBuilder(app.uri("/nope")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\":{\"ready\":true").contains("\"content\":{\"ready\":true");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(unknown.statusCode()).isEqualTo(404);
        for (var response : new HttpResponse<?>[] {health, ready, unknown}) {
            assertThat(response.headers().firstValue("Server")).isEmpty();
        }
        assertThat(unknown.body()).isEqualTo("{\"error\":\"Not Found\"}");
        assertThat(huge.body()).doesNotContain("jetty").doesNotContain("at org.");
    }

    @Test
    void metricsCountRequestsSlackCallsRateLimitWaitsAndAnswers() throws Exception {
        app.slack.fail("views.open", new FakeSlack.Fault.RateLimited(0), 1);
        app.driver.command(ALICE, "");
        app.slack.await("views.open", 2);
        app.driver.command(ALICE, "ask how do we detect data drift?");
        app.slack.fail("chat.postMessage", new FakeSlack.Fault.ApiError("channel_not_found"), 1);
        var mention = JsonNodeFactory.instance.objectNode().put("type", "app_mention").put("user", ALICE.userId())
                .put("channel", "CGONE").put("ts", "1700000800.000100").put("text", "<@UBOT> what is MLOps?");
        app.driver.event(FakeSlack.WORKSPACE, mention, "Ev-gone", 0);
        app.slack.await("chat.postMessage", 1);

        var metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri(AppServer.METRICS_PATH)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(scrapeOnceItShows(
                "slack_requests_seconds_count{status=\"200\",type=\"Command\"} 2",
                "slack_requests_seconds_count{status=\"200\",type=\"Event\"} 1",
                "slack_requests_seconds_bucket{status=\"200\",type=\"Command\",le=",
                "slack_api_calls_total{method=\"views.open\",outcome=\"ok\"} 1",
                "slack_api_calls_total{method=\"chat.postMessage\",outcome=\"channel_not_found\"} 1",
                "slack_api_rate_limit_waits_seconds_count{method=\"views.open\"} 1",
                "answers_total{certainty=\"sure\",intent=\"SEARCH\"} 2",
                "jvm_memory_used_bytes{")).isNotEmpty();
        assertThat(metrics.body()).doesNotContain(RunningApp.SIGNING_SECRET).doesNotContain("xoxb-");
    }

    /** The metrics once they show every expected line: the mention is answered after its ack, on another thread. */
    private String scrapeOnceItShows(String... expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            var body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri(AppServer.METRICS_PATH)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (Arrays.stream(expected).allMatch(body::contains) || System.nanoTime() > deadline) {
                assertThat(body).contains(expected);
                return body;
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aQuestionThatCouldNotBePostedIsPostedAgainByTheNextClick() throws Exception {
        app.driver.command(ALICE, "team");
        var first = app.slack.await("chat.postMessage", c -> c.params().containsKey("thread_ts"), 1,
                Duration.ofSeconds(10)).get(0);
        var rootTs = first.params().get("thread_ts");
        var question = SlackFlows.questionOf(first);
        var option = TestContent.bundled().questionnaire().question(question).orElseThrow().options().get(0).id();
        app.slack.fail("chat.postMessage", new FakeSlack.Fault.ApiError("fatal_error"), 1);

        app.driver.messageButton(ALICE, ThreadBlocks.ANSWER_ACTION_PREFIX + 0, question + "|" + option,
                SlackFlows.postedTs(first), rootTs);
        app.slack.await("chat.postMessage", c -> "fatal_error".equals(c.outcome()), 1, Duration.ofSeconds(10));
        app.driver.messageButton(BOB, ThreadBlocks.ANSWER_ACTION_PREFIX + 0, question + "|" + option,
                SlackFlows.postedTs(first), rootTs);

        var asked = app.slack.await("chat.postMessage", c -> rootTs.equals(c.params().get("thread_ts"))
                && "ok".equals(c.outcome()), 2, Duration.ofSeconds(10));
        assertThat(SlackFlows.questionOf(asked.get(1))).isNotEqualTo(question);
    }

    @Test
    void aModalThatSlackWillNotOpenSoonIsNotRetriedPastTheTrigger() throws Exception {
        app.slack.fail("views.open", new FakeSlack.Fault.RateLimited(30), 1);

        var ack = app.driver.command(ALICE, "");

        assertThat(ack.status()).isEqualTo(200);
        app.slack.await("response_url", c -> c.params().get("body").contains(
                "Slack asked me to slow down, so the form did not open"), 1, Duration.ofSeconds(10));
        assertThat(app.slack.calls("views.open")).hasSize(1);
    }
}
