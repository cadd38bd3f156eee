package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.maturity.TestContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerEvaluationTest {

    /** The project's own questions, written the way people ask in Slack; see docs/content.md. */
    private static final Path QUESTIONS = Path.of("conversations/knowledge/questions.csv");

    @TempDir
    Path temp;

    @Test
    void anArticleIsRightFirstOrAmongThreeOnlyWhenTheAnswerIsConfident() {
        var question = new AnswerEvaluation.Case("q", "how-to", "tune", List.of("b"), List.of(List.of("alias", "weights"), List.of("runbook")));

        var second = AnswerEvaluation.judge(question, answer(true, "Move the **alias** back.", "a#x", "b", "c"));
        var unsure = AnswerEvaluation.judge(question, answer(false, "Not sure.", "b"));

        assertThat(second.rightAt1()).isFalse();
        assertThat(second.rightAt3()).isTrue();
        assertThat(second.factRecall()).isEqualTo(0.5);
        assertThat(unsure.rightAt1()).isFalse();
        assertThat(unsure.topRight()).isTrue();
    }

    @Test
    void aTentativeAnswerFromTheRightArticleIsRightButNotSure() {
        var question = new AnswerEvaluation.Case("q", "how-to", "tune", List.of("b"), List.of());
        var offTopic = new AnswerEvaluation.Case("lunch?", "off-topic", "tune", List.of("none"), List.of());

        var tentative = AnswerEvaluation.judge(question, answer(Answerer.Certainty.TENTATIVE, "Maybe.", "b", "c"));
        var report = AnswerEvaluation.metricsOf(List.of(tentative,
                AnswerEvaluation.judge(question, answer(Answerer.Certainty.SURE, "Surely.", "b"))));

        assertThat(tentative.rightAt1()).isTrue();
        assertThat(report.rightAt1()).isEqualTo(1.0);
        assertThat(report.sureAt1()).isEqualTo(0.5);
        assertThat(report.tentative()).isEqualTo(1);
        assertThat(AnswerEvaluation.judge(offTopic, answer(Answerer.Certainty.TENTATIVE, "Lunch.", "a")).rightAt1()).isFalse();
    }

    @Test
    void aQuestionTheKnowledgeWasTaughtIsMeasuredWithoutIt() {
        var odd = "zebra quokka marmalade";
        var base = TestKnowledge.bundled();
        var answerer = new Answerer(TestContent.bundled(), TestKnowledge.retriever(new KnowledgeBase(base.passages(),
                base.asked(), Map.of("model-registry", List.of(odd)))));
        var question = new AnswerEvaluation.Case(odd, "what-is", "tune", List.of("model-registry"), List.of());

        var report = AnswerEvaluation.run(answerer, List.of(question));

        assertThat(answerer.answer(odd, () -> Answerer.TeamContext.UNKNOWN).sources().get(0).id()).startsWith("model-registry");
        assertThat(report.taught()).isEqualTo(1);
        assertThat(report.overall().rightAt1()).isZero();
    }

    @Test
    void twoPartsOfOneArticleCountAsOneOfTheThree() {
        var question = new AnswerEvaluation.Case("q", "how-to", "tune", List.of("c"), List.of());

        var outcome = AnswerEvaluation.judge(question, answer(true, "Two parts of a.", "a#x", "a#y", "b", "c", "d"));

        assertThat(outcome.rightAt3()).isTrue();
        assertThat(AnswerEvaluation.judge(question, answer(true, "One part.", "a#x", "b", "d", "c")).rightAt3()).isFalse();
    }

    @Test
    void anArticleExpectedBesidesAnIntentIsRightWhenTheAnswerIsSearched() {
        var question = new AnswerEvaluation.Case("level one in short", "which-level", "tune",
                List.of("intent:explain_level", "level-1"), List.of());

        assertThat(AnswerEvaluation.judge(question, answer(true, "Level 1 is…", "level-1#typical-use-case")).rightAt1()).isTrue();
        assertThat(AnswerEvaluation.judge(question, answer(true, "Level 2 is…", "level-2")).rightAt1()).isFalse();
    }

    @Test
    void aQuestionExpectingNothingIsRightWhenTheAnswerSaysItIsNotSure() {
        var question = new AnswerEvaluation.Case("pizza?", "off-topic", "held", List.of("none"), List.of());

        assertThat(AnswerEvaluation.judge(question, answer(false, "Not sure.", "a")).rightAt1()).isTrue();
        assertThat(AnswerEvaluation.judge(question, answer(true, "Pizza.", "a")).rightAt1()).isFalse();
    }

    @Test
    void questionsAreReadWithTheirAlternativesAndOnlyOfTheSplitAsked() throws Exception {
        var file = Files.writeString(temp.resolve("q.csv"), "question,kind,split,expected,facts\n"
                + "\"a, b?\",compare,tune,x|y,one|One; two\n"
                + "c?,how-to,held,intent:target,\n");

        var tune = AnswerEvaluation.read(file, "tune");

        assertThat(AnswerEvaluation.read(file, "")).hasSize(2);
        assertThat(tune).singleElement().satisfies(c -> {
            assertThat(c.question()).isEqualTo("a, b?");
            assertThat(c.expected()).containsExactly("x", "y");
            assertThat(c.facts()).containsExactly(List.of("one", "one"), List.of("two"));
        });
    }

    /**
     * Both question files stay consistent with the content without being answered (the unseen part must not be run
     * before its time): every expectation names an article that exists, an intent, or nothing, and an article expected
     * alone holds a wording of every key fact.
     */
    @ParameterizedTest
    @ValueSource(strings = {"conversations/knowledge/questions.csv", "eval/answers-unseen.csv"})
    void everyExpectationNamesSomethingThatExists(String file) throws Exception {
        var articles = new HashMap<String, String>();
        try (var paths = Files.list(Path.of("conversations", "knowledge"))) {
            for (var path : paths.filter(p -> p.toString().endsWith(".md")).toList()) {
                // As an answer reads it: the article's body (not its front matter), lines joined.
                var body = Files.readString(path).split("\n---\n", 2)[1];
                articles.put(path.getFileName().toString().replace(".md", ""),
                        body.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
        }
        var intents = Arrays.stream(Intent.values()).map(i -> "intent:" + i.name().toLowerCase(Locale.ROOT)).toList();

        for (var question : AnswerEvaluation.read(Path.of(file), "")) {
            for (var expected : question.expected()) {
                assertThat(articles.containsKey(expected.replaceAll("#.*", "")) || intents.contains(expected)
                        || expected.equals("none")).as("%s expects %s", question.question(), expected).isTrue();
            }
            if (question.expected().size() == 1 && articles.containsKey(question.expected().get(0))) {
                var text = articles.get(question.expected().get(0));
                question.facts().forEach(wordings -> assertThat(wordings).as("a key fact of %s", question.question())
                        .anyMatch(text::contains));
            }
        }
    }

    /**
     * The questions articles list in their {@code asked} front matter are written apart from the evaluation: none may
     * be a rewording of one of its questions, or the evaluation would measure the article's own list (the labelled
     * questions the tuning part teaches are measured without themselves, see {@link AnswerEvaluation#run}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"conversations/knowledge/questions.csv", "eval/answers-unseen.csv"})
    void noQuestionAnArticleIsKnownToAnswerCopiesAnEvaluationQuestion(String file) throws Exception {
        var asked = TestKnowledge.bundled().asked().values().stream().flatMap(List::stream).toList();

        assertNoneRewords(asked, questions(Path.of(file)), "a question an article is known to answer");
    }

    /** The unseen part is new wording, not the questions measured before in other words. */
    @Test
    void noUnseenQuestionRewordsAQuestionAlreadyMeasured() throws Exception {
        assertNoneRewords(questions(Path.of("eval/answers-unseen.csv")), questions(QUESTIONS), "an unseen question");
    }

    /** None of {@code questions} is the same as one of {@code others}, as the app tells the same question asked again. */
    private static void assertNoneRewords(List<String> questions, List<String> others, String what) {
        // As Answerer.sameAs tells them, with each question embedded once: its cache is sized for experts' replies.
        var retriever = TestKnowledge.retriever();
        var read = others.stream().map(Answerer::readPart).toList();
        var meanings = read.stream().map(retriever::meaning).toList();
        var rewordings = questions.stream().filter(q -> {
            var question = Answerer.readPart(q);
            var meaning = retriever.meaning(question);
            return IntStream.range(0, read.size()).anyMatch(i -> Answerer.alike(question, meaning, read.get(i),
                    meanings.get(i), Answerer.SAME_QUESTION));
        }).toList();
        assertThat(rewordings).as("%s rewording another", what).isEmpty();
    }

    private static List<String> questions(Path file) throws Exception {
        return AnswerEvaluation.read(file, "").stream().map(AnswerEvaluation.Case::question).toList();
    }

    /**
     * Floors a little below the figures measured on 2026-12-03 (docs/developing.md#answer-quality), per part; the
     * tuning part's questions teach the knowledge and are measured in folds, the held part's are never taught.
     */
    @Test
    void theProjectsQuestionsStayAboveTheirMeasuredFigures() throws Exception {
        var answerer = TestKnowledge.answerer();
        var tune = AnswerEvaluation.run(answerer, AnswerEvaluation.read(QUESTIONS, "tune"));
        var held = AnswerEvaluation.run(answerer, AnswerEvaluation.read(QUESTIONS, "held"));

        assertThat(tune.overall().questions()).isGreaterThanOrEqualTo(150);
        assertThat(held.overall().questions()).isGreaterThanOrEqualTo(50);
        assertThat(tune.taught()).isGreaterThanOrEqualTo(1_000);
        assertThat(tune.overall().rightAt1()).isGreaterThanOrEqualTo(0.90);
        assertThat(tune.overall().sureAt1()).isGreaterThanOrEqualTo(0.89);
        assertThat(tune.overall().rightAt3()).isGreaterThanOrEqualTo(0.96);
        assertThat(tune.overall().factRecall()).isGreaterThanOrEqualTo(0.92);
        assertThat(held.taught()).isZero();
        assertThat(held.overall().rightAt1()).isGreaterThanOrEqualTo(0.70);
        assertThat(held.overall().rightAt3()).isGreaterThanOrEqualTo(0.80);
        assertThat(held.overall().factRecall()).isGreaterThanOrEqualTo(0.80);
        assertThat(tune.kinds().get("off-topic").rightAt1()).isGreaterThanOrEqualTo(0.9);
        assertThat(tune.kinds().get("typo").rightAt1()).isGreaterThanOrEqualTo(0.93);
    }

    private static Answerer.Answer answer(boolean confident, String text, String... sources) {
        return answer(confident ? Answerer.Certainty.SURE : Answerer.Certainty.NOT_SURE, text, sources);
    }

    private static Answerer.Answer answer(Answerer.Certainty certainty, String text, String... sources) {
        return new Answerer.Answer("q", text, Intent.SEARCH, certainty == Answerer.Certainty.SURE ? 0.6 : 0.3, certainty,
                List.of(sources).stream().map(id -> new Answerer.Source(id, id, "", 1)).toList(), List.of());
    }
}
