package dev.mlopsguide.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.util.json.GsonFactory;
import dev.mlopsguide.digest.DigestComposer;
import dev.mlopsguide.digest.DigestWeek;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.AnswerOption;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.Effort;
import dev.mlopsguide.maturity.NextStep;
import dev.mlopsguide.maturity.PlannedStep;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.slack.flows.ModalProgress;
import dev.mlopsguide.slack.flows.SignedText;
import dev.mlopsguide.store.ChannelFlow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every renderer's output stays within Slack's limits, for the real content and for content that is far too long. */
class RenderersTest {

    private static final TeamProfile PROFILE =
            new TeamProfile(Stage.BUSINESS_CRITICAL, 12, RetrainingCadence.DAILY, ServingMode.ONLINE, 99.99, Regulation.STRICT);
    private final Assessor assessor = new Assessor(TestContent.bundled());
    private final ResultBlocks results = new ResultBlocks(TestContent.bundled());

    @ParameterizedTest
    @ValueSource(strings = {"level-0-notebook-poc.yml", "level-1-devops-no-mlops.yml", "level-2-automated-training.yml",
            "level-3-automated-deployment.yml", "level-4-full-automation.yml"})
    void resultsFitAMessageAModalAndTheHome(String team) {
        var answers = TestContent.team(team);
        for (var profile : List.of(Optional.<TeamProfile>empty(), Optional.of(PROFILE))) {
            var result = assessor.assess(answers, profile);
            assertThat(SlackLimits.violations(results.blocks(result, "by <@U1>", Optional.of("C1")).build(Surface.MESSAGE, ""), Surface.MESSAGE)).isEmpty();
            assertThat(SlackLimits.violations(AssessmentViews.result(results.blocks(result, "", Optional.of("C1")).build(Surface.MODAL, "")))).isEmpty();
            var record = new AssessmentRecord(1, 1, "v", "U1", AssessmentMode.MODAL, Instant.EPOCH, result.score().level(),
                    Map.of(), 1, 1, OptionalInt.empty(), answers);
            assertThat(SlackLimits.violations(HomeBlocks.home(TestContent.bundled(), "C1", record, result, List.of(), HomeBlocks.Adopted.NONE, List.of()))).isEmpty();
            assertThat(results.fallback(result)).startsWith("MLOps maturity: level " + result.score().level());
        }
    }

    @Test
    void theResultSaysWhyAndWhatNext() {
        var result = assessor.assess(TestContent.team("level-2-automated-training.yml"), Optional.of(PROFILE));
        var json = GsonFactory.createSnakeCase().toJson(results.blocks(result, "", Optional.empty()).build(Surface.MESSAGE, ""));

        assertThat(json).contains("MLOps maturity: level 2 · Automated Training").contains("Why not level 3")
                .contains("Target: level 4").contains("human approval gate").contains("Next steps").contains("needed for level 3")
                .contains("Your answers support level 2");
    }

    @Test
    void everyAreaOfTheModalFitsWithItsSignedProgress() {
        var content = TestContent.bundled();
        var questionnaire = content.questionnaire();
        var answers = TestContent.team("level-3-automated-deployment.yml");
        for (int i = 0; i < questionnaire.areas().size(); i++) {
            var area = questionnaire.areas().get(i);
            var questions = questionnaire.applicable(answers).stream().filter(q -> q.areaId().equals(area.id())).toList();
            var metadata = new ModalProgress("T0123456789", "C0123456789", i, answers).encode(questionnaire,
                    new SignedText("secret", "assessment"));
            var view = AssessmentViews.area(area, "Train", questions, answers, i + 1, 6, Optional.empty(), metadata);
            assertThat(SlackLimits.violations(view)).as(area.id()).isEmpty();
            assertThat(metadata.length()).isLessThan(200);
        }
        assertThat(SlackLimits.violations(AssessmentViews.problem("Start again."))).isEmpty();
    }

    @Test
    void threadMessagesProfileHelpAndExplanationsFit() {
        var content = TestContent.bundled();
        var questions = content.questionnaire().questions();
        for (var question : questions) {
            var answered = Optional.of(new ChannelFlow.Answer(question.id(), question.options().get(0).id(), "U1", Instant.EPOCH));
            assertThat(SlackLimits.violations(ThreadBlocks.question(question, "Area", 1, questions.size(), answered, true),
                    Surface.MESSAGE)).isEmpty();
            assertThat(SlackLimits.violations(ThreadBlocks.question(question, "Area", 1, questions.size(), Optional.empty(), false),
                    Surface.MESSAGE)).isEmpty();
        }
        assertThat(SlackLimits.violations(ThreadBlocks.open("U1", 3, 20, List.of("U1", "U2")), Surface.MESSAGE)).isEmpty();
        assertThat(SlackLimits.violations(ThreadBlocks.finished("U1", content.level(2), 20, 20, List.of("U1")), Surface.MESSAGE)).isEmpty();
        assertThat(SlackLimits.violations(ProfileViews.form(Optional.of(PROFILE), Optional.empty(), "C1~sig"))).isEmpty();
        assertThat(SlackLimits.violations(ProfileViews.form(Optional.empty(), Optional.of(ServingMode.ONLINE), "C1~sig"))).isEmpty();
        var target = assessor.target(PROFILE);
        assertThat(SlackLimits.violations(ProfileViews.saved(target, content.level(target.level())))).isEmpty();
        assertThat(SlackLimits.violations(HomeBlocks.empty(List.of()))).isEmpty();
        assertThat(SlackLimits.violations(HelpBlocks.help("frobnicate " + "x".repeat(5000)), Surface.MESSAGE)).isEmpty();
        assertThat(SlackLimits.violations(ExplainBlocks.levels(content.levels()), Surface.MESSAGE)).isEmpty();
        content.lifecycle().forEach(step ->
                assertThat(SlackLimits.violations(ExplainBlocks.step(step), Surface.MESSAGE)).isEmpty());
    }

    @Test
    void everyDigestVariantFits() {
        var composer = new DigestComposer(assessor);
        var week = DigestWeek.parse("2026-W48", ZoneOffset.UTC);
        var answers = TestContent.team("level-2-automated-training.yml");
        var result = assessor.assess(answers, Optional.empty());
        var areas = new HashMap<String, Integer>();
        result.score().areas().forEach(a -> a.level().ifPresent(l -> areas.put(a.area().id(), l)));
        var before = new AssessmentRecord(1, 1, "v", "U1", AssessmentMode.MODAL, week.start().minusSeconds(86_400), 2, areas,
                20, 20, OptionalInt.empty(), answers);
        var during = new AssessmentRecord(2, 1, "v", "U2", AssessmentMode.CHANNEL, week.start().plusSeconds(86_400), 2, areas,
                20, 20, OptionalInt.empty(), answers);
        for (var records : List.of(List.<AssessmentRecord>of(), List.of(during), List.of(before), List.of(before, during))) {
            var digest = composer.compose("#ml", new TeamHistory(records), Optional.of(PROFILE), week);
            assertThat(SlackLimits.violations(DigestBlocks.digest(digest, "C1", true), Surface.MESSAGE)).as(digest.kind().name()).isEmpty();
        }
    }

    @Test
    void contentFarTooLongIsCutToFitNotRejected() {
        var huge = "A very long sentence about monitoring. ".repeat(300);
        var options = List.of(new AnswerOption("a", huge, 1, List.of()), new AnswerOption("b", huge, 4, List.of()));
        var question = new Question("q", "team", huge, huge, options, null);
        var steps = new ArrayList<PlannedStep>();
        IntStream.range(0, 60).forEach(i -> steps.add(new PlannedStep(new NextStep("s" + i, huge, huge, huge, Effort.L,
                List.of(huge), "operate"), OptionalInt.of(2), Optional.of("q"))));
        var base = assessor.assess(Answers.NONE.with("serving", "online"), Optional.empty());
        var result = new AssessmentResult(base.questionnaireVersion(), base.score(), base.level(),
                Optional.of(assessor.target(PROFILE)), steps, 0, false, huge);

        var message = results.blocks(result, huge, Optional.of("C1")).build(Surface.MESSAGE, "See the rest with `/mlops-assess results`.");
        assertThat(SlackLimits.violations(message, Surface.MESSAGE)).isEmpty();
        assertThat(message).hasSize(Surface.MESSAGE.maxBlocks());
        assertThat(GsonFactory.createSnakeCase().toJson(message.get(message.size() - 1))).contains("more. See the rest");
        var area = TestContent.bundled().questionnaire().areas().get(0);
        assertThat(SlackLimits.violations(AssessmentViews.area(area, huge, List.of(question), Answers.NONE, 1, 1,
                Optional.of(huge), "m")))
                .isEmpty();
        assertThat(SlackLimits.violations(ThreadBlocks.question(question, huge, 1, 1, Optional.empty(), true),
                Surface.MESSAGE)).isEmpty();
    }
}
