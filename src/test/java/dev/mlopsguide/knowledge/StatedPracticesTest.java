package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatedPracticesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "our analysts retrain the model by hand once a quarter | 0",
            "everything is manual, models are emailed around | 0",
            "the model lives in a notebook that one analyst runs by hand each quarter | 0",
            "the app has ci and unit tests but models are trained manually | 1",
            "models are released through ci/cd, retraining happens on request | 1",
            "our models go out through a ci pipeline but retraining is a person running a script | 1",
            "we retrain every week from a training pipeline and deploy by hand | 2",
            "a scheduled training pipeline, runs tracked, releases through our deployment pipeline | 3",
            "retraining runs from a pipeline and models are promoted through ci, but nobody monitors drift | 3",
            "we retrain from a pipeline whenever drift is detected and deploy automatically | 4",
            "the model file comes off someone's laptop | 0",
            "the service has pipelines and tests, but the model is trained by hand | 1",
            "trained in a kubeflow pipeline, shipped through ci, and monitoring alerts kick off a retrain | 4",
            "a pipeline retrains every week and new models go live automatically once tests pass | 3",
            "we retrain nightly in a pipeline and the models are deployed by the same pipeline | 3",
            "our releases run through ci but training is still manual | 1",
            "refits run from a scheduled pipeline, yet releasing means an engineer dragging the artefact onto the host | 2",
            "we schedule retraining and releases are automated through ci | 3",
            "training is a scheduled airflow job, releases go through ci with automatic canaries, retraining fires on drift | 4",
            "the models get emailed as joblib files to an engineer who restarts the service by hand | 0",
            "an airflow dag trains the model each week and registers it, then an engineer deploys it by hand | 2",
            "the pipeline retrains every sunday and ci ships each new model behind a canary | 3",
            "the dune team reruns its notebooks by hand and copies the pickle onto the server | 0",
            "an analyst emails the model file to the ops team | 0",
            "kiln club: notebooks and manual deploys, but we track experiments | 0",
            "nothing automated, models emailed as files | 0",
            "training pipeline on a schedule, releases through ci with tests | 3",
            "nothing is automated: notebooks, then a zip on a shared drive | 0",
            "kiln club: automated training pipeline, automated deploys with tests, no automatic retraining | 3",
            "pipeline retrains weekly, tests gate releases, deploys are automatic | 3",
            "models retrain nightly in a pipeline and deployment is fully automated | 3",
            "the pipeline retrains weekly but deploys are not automatic | 2"})
    void practicesMakeTheLevelOfTheTable(String practices, int level) {
        assertThat(StatedPractices.level(practices)).hasValue(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"which level are we on", "we use a model registry and a feature store",
            "deploy through ci with a canary", "models are deployed by hand and retrained now and then"})
    void tooFewPracticesSayNoLevel(String practices) {
        assertThat(StatedPractices.level(practices)).isEmpty();
    }
}
