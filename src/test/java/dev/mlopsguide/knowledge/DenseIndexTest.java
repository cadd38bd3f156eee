package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DenseIndexTest {

    /** Texts as the unit vectors named by their first word: "x…" along one axis, "y…" along another, "xy…" between. */
    private static final Embeddings AXES = new Embeddings() {
        @Override
        public float[] embed(String text) {
            float half = (float) Math.sqrt(0.5);
            return switch (text.split("\\s+")[0]) {
                case "x" -> new float[] {1, 0, 0};
                case "y" -> new float[] {0, 1, 0};
                case "xy" -> new float[] {half, half, 0};
                default -> new float[] {0, 0, 1};
            };
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public int dimension() {
            return 3;
        }
    };

    private static Passage passage(String id) {
        return new Passage(id, id, "z title", "", "z body", "", "", "", id + ".md", "");
    }

    @Test
    void aDocumentScoresTheMeanOfTheTwoQuestionsItAnswersClosestToTheQuestion() {
        var knowledge = new KnowledgeBase(List.of(passage("a"), passage("b")),
                Map.of("a", List.of("x one", "y one", "z one")), Map.of("b", List.of("x two")));

        var scores = DenseIndex.build(knowledge, AXES).scores(AXES.embed("x"), "");

        // a: x (1) and y (0) are its two closest; b knows one question, which counts alone.
        assertThat(scores.asked()[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(scores.asked()[1]).isCloseTo(1f, within(1e-6f));
        assertThat(scores.parts()[0]).isCloseTo(0f, within(1e-6f));
        assertThat(DenseIndex.build(knowledge, AXES).scores(AXES.embed("xy"), "").asked()[0])
                .isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
    }

    @Test
    void questionsNothingAnswersScoreTheMeanOfTheTwoClosestAndTeachNoDocument() {
        var knowledge = new KnowledgeBase(List.of(passage("a")), Map.of(),
                Map.of(KnowledgeLoader.NOTHING, List.of("x lunch", "xy parking", "y payroll")));
        var index = DenseIndex.build(knowledge, AXES);

        assertThat(index.unanswered(AXES.embed("x"))).isCloseTo((1 + (float) Math.sqrt(0.5)) / 2, within(1e-6f));
        assertThat(index.scores(AXES.embed("x"), "").asked()[0]).isNaN();
        assertThat(DenseIndex.build(new KnowledgeBase(List.of(passage("a"))), AXES).unanswered(AXES.embed("x"))).isZero();
    }

    @Test
    void everyPassageOfADocumentGetsTheClassifiersScoreForTheDocument() {
        var knowledge = new KnowledgeBase(List.of(passage("a"), passage("a"), passage("b"), passage("c")),
                Map.of("a", List.of("x one", "x two"), "b", List.of("y one")));
        var index = DenseIndex.build(knowledge, AXES);

        // Ridge regression with penalty 1 over x, x and y: the weights are a = (2/3, 0, 0) and b = (0, 1/2, 0).
        var alongX = index.scores(AXES.embed("x"), "").classified();
        var between = index.scores(AXES.embed("xy"), "").classified();

        assertThat(alongX[0]).isCloseTo(2f / 3, within(1e-5f));
        assertThat(alongX[1]).isEqualTo(alongX[0]);
        assertThat(alongX[2]).isCloseTo(0f, within(1e-6f));
        assertThat(alongX[3]).as("a document known to answer no question").isZero();
        assertThat(between[0]).isCloseTo((float) (2.0 / 3 * Math.sqrt(0.5)), within(1e-5f));
        assertThat(between[2]).isCloseTo((float) (0.5 * Math.sqrt(0.5)), within(1e-5f));
    }
}
