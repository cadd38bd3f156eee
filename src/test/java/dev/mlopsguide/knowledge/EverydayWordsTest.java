package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EverydayWordsTest {

    @Test
    void everydayWordsAddTheArticlesWordsForThem() {
        assertThat(EverydayWords.read("who signs off before we go live in prod?"))
                .isEqualTo("who signs off before we go live in prod? production release production approval approve");
        assertThat(EverydayWords.read("k8s for one model")).endsWith(" kubernetes");
        assertThat(EverydayWords.read("ct for us?")).endsWith(" continuous training");
        assertThat(EverydayWords.read("we scp pickles to the box")).endsWith(" model registry version");
        assertThat(EverydayWords.read("503s from the endpoint")).endsWith(" errors");
        assertThat(EverydayWords.read("retrain on every commit?")).endsWith(" ci/cd");
        assertThat(EverydayWords.read("are the inputs still sane")).endsWith(" validation data quality");
        assertThat(EverydayWords.read("which tag marks the live model")).endsWith(" alias version registry");
        assertThat(EverydayWords.read("junk rows in the feed")).endsWith(" data quality validation");
        assertThat(EverydayWords.read("can we freeze our dependencies")).endsWith(" pin versions environment reproducibility");
        assertThat(EverydayWords.read("the features were ready late again")).endsWith(" deadline finished on time");
        assertThat(EverydayWords.read("offline and online features are out of sync"))
                .endsWith(" training-serving skew consistency");
        assertThat(EverydayWords.read("what fires off a new training run")).endsWith(" trigger");
        assertThat(EverydayWords.read("the two training jobs run in parallel")).endsWith(" orchestration schedule pipeline");
        assertThat(EverydayWords.read("she deployed it from her laptop")).endsWith(" ci/cd pipeline registry");
        assertThat(EverydayWords.read("my laptop is slow")).isEqualTo("my laptop is slow");
    }

    @Test
    void aQuestionWithoutThemIsLeftAlone() {
        assertThat(EverydayWords.read("how do we produce a daily report")).isEqualTo("how do we produce a daily report");
    }

    /** Each was answered from another article before the everyday words were read. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "should the churn model run dark for a week before launch | shadow-deployment",
            "what do we give new hires about our models | model-cards",
            "does the fraud model earn its keep | monitoring-beyond-accuracy",
            "is our airflow dag enough for retraining | orchestration",
            "how do we freeze the packages our training uses | reproducibility"})
    void questionsInEverydayWordsFindTheArticleThatAnswersThem(String question, String article) {
        var answer = TestKnowledge.answerer().answer(question, () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.sources().get(0).id()).startsWith(article);
    }
}
