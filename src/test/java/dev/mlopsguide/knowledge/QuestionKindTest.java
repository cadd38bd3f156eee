package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionKindTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "how do we detect data drift? | HOW_TO",
            "how to run batch scoring jobs | HOW_TO",
            "what is a feature store? | WHAT_IS",
            "whats data drift | WHAT_IS",
            "feast? | WHAT_IS",
            "canary vs shadow deployment? | COMPARE",
            "batch or online serving for us? | COMPARE",
            "is wandb better than mlflow | COMPARE",
            "do we need a feature store? | SHOULD_WE",
            "is level 4 worth it for us? | SHOULD_WE",
            "which serving options exist for pytorch models | TOOLS",
            "the snow group has no budget - any no-cost way to log its forecast experiments | TOOLS",
            "the car listings land in databricks; what would check their quality there | TOOLS",
            "the slot team's pipeline retrains weekly on its own, but every release is a manual copy by an engineer - what level | WHICH_LEVEL",
            "our training is a scheduled pipeline, releases go through ci automatically, and drift alerts start retraining - what level | WHICH_LEVEL",
            "the nightly jobs are chained by hand with sleep commands - which schedulers would replace that | TOOLS",
            "is there something we can install that compares the inputs against last year's | TOOLS",
            "the price model is an xgboost file; what could serve it to the checkout | TOOLS",
            "the dune forecast retrains nightly in a pipeline and ships through ci - what level | WHICH_LEVEL",
            "glassblowers: nothing automated, models emailed as files - what level | WHICH_LEVEL",
            "nothing automated, models emailed as files - what level | WHICH_LEVEL",
            "kiln club: training pipeline on a schedule, releases through ci with tests - what level | WHICH_LEVEL",
            "the puppet theatre team tracks experiments and retrains in a scheduled pipeline, releases by hand - what level | WHICH_LEVEL",
            "how do we predict demand for every store since the merger | HOW_TO",
            "the game studio wants to split players between two churn models; what experimentation platforms handle that | TOOLS",
            "we retrained with exactly the same data and the x-ray model's recall changed | SYMPTOM",
            "the wildlife classifier confuses foxes with dogs since the cameras switched to night mode | SYMPTOM",
            "our models go out through a ci pipeline but retraining is a person running a script: which level | WHICH_LEVEL",
            "the museum forecast gets a fresh fit every january and july; is a retraining pipeline overkill | SHOULD_WE",
            "what should we monitor in production? | MONITOR",
            "what should we be watching on the churn model | MONITOR",
            "which input fields should we watch on the fraud model | MONITOR",
            "how do i know my model is still good | MONITOR",
            "which tools can detect drift | TOOLS",
            "what do teams use to serve models | TOOLS",
            "how do we keep track of prediction quality | MONITOR",
            "what numbers tell us a release went well | MONITOR",
            "how do we check the recommendation model still lifts basket size | MONITOR",
            "what frameworks do teams use to serve models | TOOLS",
            "our model got worse but nothing changed in the code | SYMPTOM",
            "drift detection | WHAT_IS",
            "reproducibility tips | HOW_TO",
            "models in the new project are a mess honestly | OTHER",
            "how do we keep a model healthy after the launch | HOW_TO",
            "our scores fell after the launch | SYMPTOM",
            "the churn table has been frozen since monday | SYMPTOM",
            "what belongs on the on-call dashboard for our models | MONITOR",
            "month after month the demand forecast gets a bit less accurate | SYMPTOM",
            "which model version is serving the app today | SYMPTOM",
            "the report still shows last month's numbers | SYMPTOM",
            "the nightly job wrote zero rows | SYMPTOM",
            "since the promo our churn scores are all high | SYMPTOM",
            "which numbers should go on the wall screen for our fraud scorer | MONITOR",
            "we tracked experiments and built a training pipeline, what level is that | WHICH_LEVEL",
            "we have ci and canary releases but retrain by hand each quarter - which rung | WHICH_LEVEL",
            "the stage where a team retrains automatically from a pipeline - what level is it | WHICH_LEVEL",
            "everything is manual notebooks, where does that put us | WHICH_LEVEL",
            "we retrain weekly from a pipeline and release by hand - which level would that be | WHICH_LEVEL",
            "we retrain from a pipeline but deploy by hand - where on the scale does that leave us | WHICH_LEVEL",
            "what should we graph for a model that sets prices in real time | MONITOR",
            "we version our data and retrain from a pipeline, so which level are we at | WHICH_LEVEL",
            "we retrain nightly from a pipeline and release by hand - which level does that put us at | WHICH_LEVEL",
            "two models, retrained weekly by a pipeline, released by a script after sign-off - which level fits that | WHICH_LEVEL",
            "refits run from a pipeline but an engineer copies the model over - which rung is that | WHICH_LEVEL",
            "notebooks only, one model by hand - what level would an assessor give us | WHICH_LEVEL",
            "we track runs and schedule retraining, deploys go through ci - which level | WHICH_LEVEL",
            "how do we serve one model to an internal tool | HOW_TO",
            "how do we stop the kiln features being computed in different ways | HOW_TO",
            "what level are we at right now | WHAT_IS",
            "kiln team: models trained in notebooks, copied to a server by hand. what level are we | WHICH_LEVEL",
            "what should the potters watch once the kiln model is live | MONITOR",
            "what should the wheelwrights alert on for their nightly job | MONITOR",
            "is there anything open-source to track our runs | TOOLS",
            "any free library that compares this week's inputs with the training data | TOOLS",
            "how do we tell whether the churn model still pays off | MONITOR",
            "is there an open-source way to track experiments | TOOLS",
            "what could we use to serve a model | TOOLS",
            "we train by hand in notebooks and email the pickle to the dev team - where are we | WHICH_LEVEL",
            "the data engineers say drift alerts are not their job - whose are they | WHO",
            "what managed service could run our retraining pipeline on azure | TOOLS",
            "what should the freight pricing team look at every monday morning | MONITOR",
            "what's worth watching on the fraud model | MONITOR",
            "the kiln team trains by hand in notebooks and ships the app through ci - what level | WHICH_LEVEL",
            "what should the freight pricing team use for its experiments | TOOLS",
            "the dune team runs its notebooks by hand and emails the model to ops - what level | WHICH_LEVEL",
            "kiln crew: automated training pipeline, automated deploys with tests - what level | WHICH_LEVEL"})
    void theKindIsReadFromTheWording(String question, QuestionKind kind) {
        assertThat(QuestionKind.of(Intent.normalise(question))).isEqualTo(kind);
    }

    @Test
    void eachKindPrefersTheSectionsThatGiveItsKindOfAnswer() {
        var intro = passage("");
        var howTo = passage("How to detect it");
        var when = passage("When it is worth it");
        var tools = new Passage("a#tools", "a", "A", "Tools", "Feast, Tecton.", "", "", "", "", "");

        assertThat(QuestionKind.HOW_TO.suits(howTo)).isTrue();
        assertThat(QuestionKind.HOW_TO.suits(intro)).isFalse();
        assertThat(QuestionKind.WHAT_IS.suits(intro)).isTrue();
        assertThat(QuestionKind.WHAT_IS.suits(howTo)).isFalse();
        assertThat(QuestionKind.SHOULD_WE.suits(when)).isTrue();
        assertThat(QuestionKind.SYMPTOM.suits(howTo)).isTrue();
        assertThat(QuestionKind.TOOLS.suits(tools)).isTrue();
        assertThat(QuestionKind.OTHER.suits(intro)).isFalse();
        assertThat(QuestionKind.MONITOR.query("what should we track")).isEqualTo("what should we track monitoring");
    }

    private static Passage passage(String heading) {
        return new Passage("a#" + heading, "a", "A", heading, "Text.", "", "", "", "", "");
    }
}
