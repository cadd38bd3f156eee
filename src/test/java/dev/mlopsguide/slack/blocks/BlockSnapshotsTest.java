package dev.mlopsguide.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import dev.mlopsguide.digest.DigestComposer;
import dev.mlopsguide.digest.DigestWeek;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.Intent;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.org.OrgRollUp;
import dev.mlopsguide.org.OrgWeek;
import dev.mlopsguide.steps.AdoptedStep;
import dev.mlopsguide.store.ChannelFlow;
import dev.mlopsguide.store.DigestSubscription;
import dev.mlopsguide.store.Feedback;
import dev.mlopsguide.store.KnowledgeGaps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each renderer sends to Slack, compared with a checked-in snapshot under {@code src/test/resources/snapshots}.
 * A change fails with the first line that differs; when the change is meant, run the test with
 * {@code -Dsnapshots.update=true} to write the snapshots again, and review their diff before committing it.
 */
class BlockSnapshotsTest {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots/blocks");
    private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");
    private static final TeamProfile PROFILE =
            new TeamProfile(Stage.PRODUCTION, 3, RetrainingCadence.MONTHLY, ServingMode.ONLINE, 99.9, Regulation.NONE);
    private static final Instant TAKEN = Instant.parse("2026-11-24T10:15:00Z");
    private static final AdoptedStep ADOPTED = new AdoptedStep(7, 1, "run-tests-in-ci", Optional.of("training-tests"),
            "UBOB", LocalDate.of(2026, 12, 8), AdoptedStep.Status.DOING, "UALICE", TAKEN, TAKEN, Optional.empty());
    private static final Answerer.Answer ANSWER = new Answerer.Answer("how do we detect data drift?",
            "**Detecting data drift**: compare live feature distributions with training (PSI, KS).\n- Alert on a threshold.",
            Intent.SEARCH, 0.8, Answerer.Certainty.SURE, List.of(new Answerer.Source("data-drift#how-to-detect-it", "Data drift - How to detect it",
            "knowledge/data-drift.md", 0.8), new Answerer.Source("concept-drift", "Concept drift", "", 0.6)), List.of());
    private static final KnowledgeGaps.Gap GAP = new KnowledgeGaps.Gap(7, new KnowledgeGaps.Asked("T1", "CPLATFORM",
            "1700000500.000100", "UALICE", "how do we detect drift in embeddings?", "I'm not sure I know the answer."),
            KnowledgeGaps.Reason.NOT_HELPFUL, Optional.of("Something for text embeddings"), Optional.of(TAKEN),
            Optional.of("UCAROL"), Optional.of("Track the mean cosine to a reference set."), Optional.empty(), TAKEN);

    static Stream<Arguments> renderings() {
        var content = TestContent.bundled();
        var assessor = new Assessor(content);
        var answers = TestContent.team("level-2-automated-training.yml");
        var result = assessor.assess(answers, Optional.of(PROFILE));
        var results = new ResultBlocks(content);
        var areas = new HashMap<String, Integer>();
        result.score().areas().forEach(a -> a.level().ifPresent(l -> areas.put(a.area().id(), l)));
        var record = new AssessmentRecord(1, 1, content.questionnaire().version(), "UALICE", AssessmentMode.MODAL, TAKEN,
                result.score().level(), areas, result.score().answered(), result.score().total(), OptionalInt.of(2), answers);
        var subscription = new DigestSubscription(1, 1, "CPLATFORM", DayOfWeek.MONDAY, LocalTime.of(9, 0),
                ZoneId.of("Europe/Paris"), "UALICE", TAKEN, true, Optional.empty());
        var elsewhere = new DigestSubscription(2, 1, "CLEADS", DayOfWeek.FRIDAY, LocalTime.of(16, 30),
                ZoneId.of("Europe/Paris"), "UBOB", TAKEN, false, Optional.of("not_in_channel"));
        var earlier = new AssessmentRecord(0, 1, content.questionnaire().version(), "UBOB", AssessmentMode.CHANNEL,
                TAKEN.minusSeconds(86_400 * 30), 1, Map.of(), 5, 20, OptionalInt.of(1), answers);
        var week = DigestWeek.parse("2026-W48", ZoneId.of("Europe/Paris"));
        var digest = new DigestComposer(assessor).compose("#ml-platform", new TeamHistory(List.of(record)),
                Optional.of(PROFILE), week);
        var question = content.questionnaire().questions().get(0);
        var answered = Optional.of(new ChannelFlow.Answer(question.id(), question.options().get(0).id(), "UBOB", TAKEN));
        var target = assessor.target(PROFILE);
        return Stream.of(
                rendering("result-message", () -> results.blocks(result, "Latest result of <#CPLATFORM>", Optional.of("CPLATFORM"))
                        .build(Surface.MESSAGE, "Run `/mlops-assess results` again.")),
                rendering("home", () -> HomeBlocks.home(content, "CPLATFORM", record, result, List.of(subscription,
                        elsewhere), new HomeBlocks.Adopted(StepBlocks.list("CPLATFORM", List.of(new StepBlocks.Listed(
                        ADOPTED, "Run the tests on every change in CI")), LocalDate.ofInstant(TAKEN, ZoneOffset.UTC)
                        .plusDays(20), Surface.HOME), Set.of(ADOPTED.stepId())), List.of())),
                rendering("home-admin", () -> HomeBlocks.home(content, "CPLATFORM", record, result, List.of(),
                        HomeBlocks.Adopted.NONE,
                        OrgBlocks.homeSection(OrgRollUp.of(content, List.of(new OrgRollUp.TeamStanding("#ml-platform",
                                result, TAKEN, OptionalInt.of(1))))))),
                rendering("home-empty", () -> HomeBlocks.empty(List.of())),
                rendering("history", () -> HistoryBlocks.history(content.questionnaire(), "#ml-platform",
                        new TeamHistory(List.of(earlier, record)))),
                rendering("history-first", () -> HistoryBlocks.history(content.questionnaire(), "#ml-platform",
                        new TeamHistory(List.of(record)))),
                rendering("assessment-team", () -> AssessmentViews.chooseTeam(Optional.of("CPLATFORM"))),
                rendering("digest-form", () -> DigestViews.form("CPLATFORM", DayOfWeek.MONDAY, LocalTime.of(9, 0),
                        "T1~CPLATFORM~signature")),
                rendering("help", () -> HelpBlocks.help("")),
                rendering("explain-levels", () -> ExplainBlocks.levels(content.levels())),
                rendering("explain-train", () -> ExplainBlocks.step(content.step("train").orElseThrow())),
                rendering("thread-open", () -> ThreadBlocks.open("UALICE", 3, 20, List.of("UALICE", "UBOB"))),
                rendering("thread-question-answered", () -> ThreadBlocks.question(question, "Data", 1, 20, answered, true)),
                rendering("thread-finished", () -> ThreadBlocks.finished("UALICE", content.level(2), 20, 20,
                        List.of("UALICE", "UBOB"))),
                rendering("thread-finished-partial", () -> ThreadBlocks.finished("UALICE", content.level(1), 3, 20,
                        List.of("UBOB"))),
                rendering("thread-cancelled", () -> ThreadBlocks.cancelled("UALICE", "UALICE")),
                rendering("thread-question-closed", () -> ThreadBlocks.closedQuestion(question, "Data", 1, 20, answered)),
                rendering("profile-form", () -> ProfileViews.form(Optional.of(PROFILE), Optional.empty(),
                        "CPLATFORM~signature")),
                rendering("profile-form-from-assessment", () -> ProfileViews.form(Optional.empty(),
                        Optional.of(ServingMode.BATCH), "CPLATFORM~signature")),
                rendering("profile-saved", () -> ProfileViews.saved(target, content.level(target.level()))),
                rendering("digest", () -> DigestBlocks.digest(digest, "CPLATFORM", true)),
                rendering("answer", () -> AnswerBlocks.withVotes(new AnswerBlocks(id -> id.startsWith("data-drift")
                        ? Optional.of("https://guide.example.com/kb/data-drift#how-to-detect-it") : Optional.empty())
                        .answer(ANSWER, Optional.of(new AnswerBlocks.ExpertReply("We alert on PSI above 0.2.", "UCAROL"))),
                        new Feedback.Tally(2, 1))),
                rendering("escalation", () -> EscalationBlocks.escalation(GAP)),
                rendering("org", () -> OrgBlocks.rollUp(OrgRollUp.of(content, List.of(
                        new OrgRollUp.TeamStanding("#ml-platform", result, TAKEN, OptionalInt.of(1)),
                        new OrgRollUp.TeamStanding("#search", assessor.assess(TestContent.team("level-4-full-automation.yml"),
                                Optional.empty()), TAKEN, OptionalInt.empty()))), content.questionnaire().areas(),
                        "the heat map is in your messages with me")),
                rendering("escalation-approval", () -> EscalationBlocks.approval(GAP)),
                rendering("org-week", () -> OrgBlocks.week(new OrgWeek(List.of(new OrgWeek.Move("#search", Optional.of(3), 1),
                        new OrgWeek.Move("#ads", Optional.empty(), 2)), OrgRollUp.of(content, List.of(
                        new OrgRollUp.TeamStanding("#search", result, TAKEN, OptionalInt.of(3)))).rows(),
                        OrgRollUp.of(content, List.of(new OrgRollUp.TeamStanding("#search", result, TAKEN,
                                OptionalInt.of(3)))).blockers().subList(0, 1), 3, 2), TAKEN)),
                rendering("check-in-open", () -> CheckInBlocks.open(new CheckInBlocks.Previous(TAKEN, 2,
                        content.level(2).name(), 3), new CheckInBlocks.Progress(1, 20, List.of("UBOB")),
                        TAKEN.plus(Duration.ofDays(7)))),
                rendering("check-in-card", () -> CheckInBlocks.card(content.questionnaire(),
                        content.questionnaire().applicable(answers).subList(0, 4), Map.of(
                                question.id(), new ChannelFlow.Answer(question.id(), question.options().get(1).id(),
                                        "UBOB", TAKEN, false),
                                content.questionnaire().questions().get(1).id(), new ChannelFlow.Answer(
                                        content.questionnaire().questions().get(1).id(),
                                        content.questionnaire().questions().get(1).options().get(0).id(), "UALICE",
                                        TAKEN, true)), true)),
                rendering("check-in-finished-partial", () -> CheckInBlocks.finished(2, content.level(2).name(),
                        new CheckInBlocks.Progress(1, 20, List.of("UBOB")), 19)),
                rendering("step-adopt-form", () -> StepBlocks.adoptForm(content.nextSteps().get("run-tests-in-ci"),
                        "CPLATFORM run-tests-in-ci training-tests~signature", "UALICE", LocalDate.of(2026, 12, 8))),
                rendering("step-done", () -> StepBlocks.doneMessage("UBOB", "Run the tests on every change in CI",
                        content.questionnaire().question("training-tests"), "CPLATFORM training-tests")),
                rendering("step-reanswer-form", () -> StepBlocks.reanswerForm(content.questionnaire()
                        .question("training-tests").orElseThrow(), Optional.of(content.questionnaire()
                        .question("training-tests").orElseThrow().options().get(0).id()), "CPLATFORM training-tests~signature")),
                rendering("escalation-missing-form", () -> EscalationBlocks.missingForm("T1~7~signature", true)),
                rendering("escalation-reply-form", () -> EscalationBlocks.replyForm(GAP, "T1~7~signature")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void rendersAsItsSnapshot(String name, Supplier<Object> rendering) throws IOException {
        var actual = pretty(GsonFactory.createSnakeCase().toJson(rendering.get()));
        var file = SNAPSHOTS.resolve(name + ".json");
        if (UPDATE) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(file, actual);
        }
        assertThat(file).as("no snapshot %s yet: run with -Dsnapshots.update=true to write it", file).exists();
        var expected = Files.readString(file);
        assertThat(firstDifference(expected, actual)).as("%s differs from its snapshot (-Dsnapshots.update=true "
                + "writes it again)", name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void showsPeopleNamesAndDatesNeverIdsOrMachineTimes(String name, Supplier<Object> rendering) throws IOException {
        var json = new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(rendering.get()));
        assertThat(PeopleText.texts(json)).as("texts of %s", name).isNotEmpty();
        assertThat(PeopleText.machineTexts(json)).as("texts of %s showing a bare id or a machine time", name).isEmpty();
    }

    private static Arguments rendering(String name, Supplier<Object> rendering) {
        return Arguments.of(name, rendering);
    }

    private static String pretty(String json) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(JsonParser.parseString(json))
                + "\n";
    }

    /** The first line where the two texts differ, numbered, with both versions; empty when they are the same. */
    private static Optional<String> firstDifference(String expected, String actual) {
        var want = expected.split("\n", -1);
        var got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            var w = i < want.length ? want[i] : "<end>";
            var g = i < got.length ? got[i] : "<end>";
            if (!w.equals(g)) {
                return Optional.of("line " + (i + 1) + "\n  snapshot: " + w.strip() + "\n  now:      " + g.strip());
            }
        }
        return Optional.empty();
    }
}
