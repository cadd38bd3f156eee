package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions told apart and grouped by meaning: the thresholds measured on MiniLM hold. */
class SameQuestionsTest {

    private final Answerer answerer = TestKnowledge.answerer();

    @Test
    void paraphrasesAreGroupedAndOtherQuestionsKeptApart() {
        var groups = answerer.sameQuestions(List.of("how do we do federated learning across hospitals?",
                "can we train models on quantum computers?", "what's the way to run federated learning between hospitals",
                "federated learning with several hospitals, how?", "who should be on call for our models?"));

        assertThat(groups).containsExactly(List.of(0, 2, 3), List.of(1), List.of(4));
    }

    @Test
    void onlyTheSameQuestionInOtherWordsIsTheSame() {
        var asked = List.of("how do we roll out a model gradually?", "How do we roll back a model?");

        assertThat(answerer.sameAs("how do we roll back a model", asked)).hasValue(1);
        assertThat(answerer.sameAs("how do we detect data drift?", asked)).isEmpty();
        assertThat(answerer.sameAs("how do we roll back a model", List.of())).isEmpty();
    }
}
