package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AskedClassifierTest {

    private static float[] meaning(String question) {
        return TestKnowledge.retriever().meaning(question);
    }

    private static List<float[]> meanings(String... questions) {
        return List.of(questions).stream().map(AskedClassifierTest::meaning).toList();
    }

    @Test
    void aNewQuestionBelongsToTheDocumentWhoseQuestionsItResembles() {
        var classifier = AskedClassifier.train(Map.of(
                1, meanings("how do we go back to the previous model", "undo a bad release quickly",
                        "the new version is worse, how do we revert"),
                2, meanings("where do we keep trained models and their versions", "which model is in production right now",
                        "how do we promote a model from staging")));

        var question = meaning("yesterday's deploy broke scoring - can we restore the old one");

        assertThat(classifier.score(1, question)).isGreaterThan(classifier.score(2, question));
        assertThat(classifier.score(3, question)).as("a document it was not trained on").isZero();
    }

    @Test
    void withoutQuestionsNothingBelongsAnywhere() {
        var classifier = AskedClassifier.train(Map.of(1, List.of()));

        assertThat(classifier.score(1, meaning("how do we roll back"))).isZero();
    }
}
