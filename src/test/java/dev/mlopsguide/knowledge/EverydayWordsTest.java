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
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "k8s for one model | kubernetes",
            "ct for us? | continuous training",
            "we scp pickles to the box | model registry version",
            "503s from the endpoint | errors",
            "retrain on every commit? | ci/cd",
            "are the inputs still sane | validation data quality",
            "which tag marks the live model | alias version registry",
            "junk rows in the feed | data quality validation",
            "can we freeze our dependencies | pin versions environment reproducibility",
            "the features were ready late again | deadline finished on time",
            "offline and online features are out of sync | training-serving skew consistency",
            "what fires off a new training run | trigger",
            "the two training jobs run in parallel | orchestration schedule pipeline",
            "she deployed it from her laptop | ci/cd pipeline registry",
            "customer feedback arrives weeks later | labels outcomes",
            "you build it, you run it? | owner ownership on-call",
            "four-eyes check for models | review approval",
            "a hotfix for the pricing model | rollback release pipeline",
            "so that a colleague can rebuild the model | reproducibility",
            "the churn features are stale again | freshness stale features",
            "can we try the new model in a few stores first | canary small share of traffic gradual rollout",
            "should we log every prediction | logged predictions request id monitoring",
            "what if traffic doubles during the sale | scale replicas autoscale latency",
            "a one-pager for the churn model | model card documentation",
            "do we need a data contract with the crm team | schema data validation contract",
            "ship it without anyone approving by hand | automated pipeline",
            "our pricing model is run nightly | batch job schedule",
            "run the candidate next to the live model first | shadow",
            "we have three variants of the ranker | a/b test experiment",
            "the mismatch between training and serving values | training-serving skew",
            "how far back should the training data go | window recent history retrain",
            "blank ids in the orders table | missing null values data quality",
            "what would automating this save us | cost of automation worth",
            "can we restore the training data from march | data versioning snapshot",
            "the uptime we promised the business | sla slo availability",
            "what should new hires read first | documentation model card",
            "we tag each training dataset by hand | data versioning snapshot",
            "do training and serving values agree | training-serving skew",
            "the distribution of predictions moved | prediction distribution drift",
            "do we still need a live experiment | a/b test",
            "keep a standby copy and switch | blue-green switch",
            "backfill last year's scores | batch job period rerun idempotent",
            "can we try it on internal users first | canary small share of traffic gradual rollout",
            "review a model change like code | ci/cd pipeline review approval",
            "what is an inference endpoint | online serving endpoint api",
            "retrain when new labels land | trigger retrain",
            "alerts for shifting inputs | data drift distribution",
            "one region's predictions drifting apart from the others | segment group slice metric",
            "what latency target should the api have | sla slo",
            "make sure nobody deploys by hand | ci/cd pipeline gate approval",
            "the image installs whatever numpy is latest | pin versions environment reproducibility",
            "join features as they were at prediction time | point-in-time feature store training-serving skew",
            "she reruns the notebook by hand every week | schedule orchestration pipeline automate",
            "we never find out if a prediction was right | proxy metrics delayed labels",
            "an instant swap to the new model | blue-green switch",
            "ramp traffic up over a week | canary small share of traffic gradual rollout",
            "should we store all old datasets | data versioning snapshot storage",
            "which registered model is live | model registry alias stage",
            "how big is our budget for failed requests | error budget slo sla",
            "hand our notebook over to engineering | notebook script pipeline refactor",
            "scored nightly or on every click | online real time batch choose deployment mode",
            "we tag our experiments by team | experiment tracking run lineage",
            "two jobs overwrite each other's output | orchestration schedule pipeline",
            "compare the retrained model against the live one | champion challenger compare evaluation a/b test shadow",
            "is our model getting stale | model decay performance monitoring",
            "we freeze the training dataset every month | data versioning snapshot",
            "is a model freeze over christmas wise | retrain schedule season",
            "trace each score back to its inputs | lineage traceability logged predictions",
            "the job that transforms raw click logs into features | feature pipeline feature store",
            "does ci install the same packages as my laptop | pin versions environment reproducibility",
            "ship only if it outperforms the live model | ci/cd validate against current model gate",
            "a broken join upstream | data quality missing duplicates",
            "optuna for our xgboost model | experiment tracking parameters train",
            "what is serving | deployment serve online batch api",
            "can we rebuild this model two years later | reproducibility pin versions snapshot seed",
            "who can change a model in production | governance approval review",
            "labels from the branch offices stopped arriving | labels delayed performance monitoring data quality",
            "which features moved since training | data drift distribution",
            "retrain on a schedule or on drift | retraining trigger drift",
            "this score must not be used for hiring | model card intended use limitations",
            "how do we measure model staleness | model decay performance monitoring",
            "a sidecar next to the model server | logged predictions request online deployment monitoring",
            "do we need a staging environment | ci/cd staging deploy test",
            "every release takes the service down | blue-green switch rollout",
            "the forecast is off when it rains | segment drift decay",
            "should the feature code and the model ship as a single artifact | same feature code training serving shared library skew",
            "do we need to version our annotations | data versioning snapshot",
            "how can we tell which upstream feed went bad | lineage upstream data quality",
            "the ranking call has to return within 50 ms | low latency online real time serving",
            "can the training pipeline start only once the ingestion step has finished | orchestration pipeline dependencies",
            "what is a reliability objective | slo sla",
            "no one recorded the hyperparameters | experiment tracking parameters log",
            "precompute the scores or score them on request | online real time batch choose deployment mode",
            "they promised 99.9 to the board | sla slo availability",
            "a candidate worse than the live model must not ship | ci/cd validate against current model gate",
            "finance and sales each define revenue their own way | feature store shared features reuse",
            "what is the effort to automate our deployment | cost of automation worth",
            "a scorer whose predictions no one acts on | shadow",
            "we randomly assign returning customers to two pricing models | a/b test random split",
            "should our pandas transformations have tests | unit tests feature code",
            "can the team that builds a model also deploy it | team collaboration ownership deploy",
            "who okayed the churn model | approval audit governance record",
            "stop the model leaking future labels | point-in-time feature store leakage",
            "can we route 20% of users to the challenger | canary small share of traffic gradual rollout",
            "do we need a workflow manager | orchestration pipeline schedule",
            "what happens before anyone builds anything | design step problem success metric",
            "alerts on data freshness | data quality monitoring stale late",
            "look at each cohort separately | segment group slice metric",
            "incomplete files from the vendor | data validation completeness check missing",
            "store the model version with each prediction | logged predictions request id model version lineage",
            "reject models lacking an owner | gate approval governance",
            "is our training rerunnable | reproducibility",
            "the income values arrived empty | missing null values data quality",
            "the challenger has to beat the incumbent | champion challenger",
            "can we register a model alongside its calibration | model registry version artifact",
            "explain why a patient received that risk score | lineage traceability logged predictions",
            "keep the preprocessing shared between training and serving | same feature code training serving shared library skew",
            "the rate of approved decisions doubled | prediction distribution drift",
            "how many models justify an mlops platform | cost of automation worth",
            "do ml engineers need to learn kubernetes | team collaboration roles data scientist engineer",
            "test the forecaster on the last quarter of sales | holdout test set evaluation time split recent",
            "validate the scorer against historical fraud incidents | holdout test set evaluation time split recent",
            "release it to users little by little | canary small share of traffic gradual rollout",
            "one market is poor though the overall accuracy looks fine | segment group slice metric",
            "a failed join upstream | data quality missing duplicates",
            "can we quantize the ranking model | latency online serving replicas",
            "the model is too big for the phone | latency online serving replicas",
            "where do release notes for a model go | version registry run metrics parameters",
            "what layer of the mlops stack is feast | tool landscape categories",
            "can we mirror live requests to the candidate | shadow",
            "what should kick of a retrain | trigger",
            "a model that retrains itself | automatic retraining continuous training trigger",
            "we are porting the features from sql to python | same feature code tests training-serving skew",
            "serve both models from one feature source | feature store shared features reuse",
            "keep the input payloads for a month | logged predictions request id monitoring",
            "the api keeps loading the previous version | model registry alias deploy version",
            "this score can't be used for pricing | model card intended use limitations",
            "launch in one small market at a time | canary small share of traffic gradual rollout",
            "the churn table lags two days behind | freshness stale features",
            "release the new scorer without losing any requests | blue-green switch rollout",
            "two teams trained it on different snapshots | data versioning snapshot reproducibility",
            "the job wrote fewer rows than expected | data quality volume row count check",
            "load-test the endpoint | latency throughput service health",
            "once our models are deployed who watches them | operate step monitoring",
            "we only noticed on monday | alert service health monitoring on call",
            "each release takes weeks of approvals | ci/cd pipeline automated release"})
    void eachEverydayWordAddsTheArticlesWords(String question, String written) {
        assertThat(EverydayWords.read(question)).isEqualTo(question + " " + written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"how do we produce a daily report", "my laptop is slow",
            "what links a prediction to the data behind it", "turn the notebook into something that runs every night",
            "explain the registry to a new hire", "a release without downtime", "would a feature store pay off",
            "what do we watch when labels arrive months later", "which input checks should run on every request",
            "keep the training table as it was last week", "which labels do we need", "the job took 40 ms longer",
            "the vendor's deck promised a self-service platform", "a random split of the data for validation",
            "is it sane to retrain weekly", "it works 99% of the time", "leaking the future into training",
            "should data scientists write unit tests", "version the model with the preprocessing", "evaluate on the holdout set",
            "test the new model against the old one", "the overall accuracy dropped", "zero downtime automatic model updates",
            "use different data for training and testing"})
    void aQuestionWithoutThemIsLeftAlone(String question) {
        assertThat(EverydayWords.read(question)).isEqualTo(question);
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
