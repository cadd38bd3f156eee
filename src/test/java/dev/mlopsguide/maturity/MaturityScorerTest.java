package dev.mlopsguide.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaturityScorerTest {

    private final Questionnaire questionnaire = TestContent.bundled().questionnaire();
    private final MaturityScorer scorer = new MaturityScorer(questionnaire);

    @ParameterizedTest(name = "{0} scores level {1}")
    @CsvSource({
            "level-0-notebook-poc.yml, 0",
            "level-1-devops-no-mlops.yml, 1",
            "level-2-automated-training.yml, 2",
            "level-3-automated-deployment.yml, 3",
            "level-4-full-automation.yml, 4"})
    void eachLevelDescriptionWrittenAsATeamScoresItsLevel(String team, int level) {
        var score = scorer.score(TestContent.team(team));

        assertThat(score.level()).isEqualTo(level);
        assertThat(score.isComplete()).isTrue();
        assertThat(score.answered()).isEqualTo(score.total());
    }

    @ParameterizedTest
    @CsvSource({"level-0-notebook-poc.yml", "level-1-devops-no-mlops.yml", "level-2-automated-training.yml",
            "level-3-automated-deployment.yml", "level-4-full-automation.yml"})
    void bindingAnswersAreExactlyTheOnesThatCap(String team) {
        var score = scorer.score(TestContent.team(team));

        var capping = score.level() == Level.HIGHEST ? List.<ScoredAnswer>of()
                : score.answers().stream().filter(a -> a.capsAt() == score.level()).toList();
        assertThat(score.binding()).containsExactlyElementsOf(capping);
        assertThat(score.binding()).allSatisfy(b -> assertThat(b.capsAt()).isEqualTo(score.level()));
    }

    @Test
    void theAutomatedDeploymentTeamIsHeldAtThreeByItsRetrainingAndMonitoring() {
        var score = scorer.score(TestContent.team("level-3-automated-deployment.yml"));

        assertThat(score.binding()).extracting(b -> b.question().id())
                .containsExactly("data-pipeline", "retraining-trigger", "model-quality", "drift");
    }

    @Test
    void eachAreaIsBoundByItsOwnWeakestAnswer() {
        var score = scorer.score(TestContent.team("level-1-devops-no-mlops.yml"));

        assertThat(score.areas()).extracting(a -> a.area().id(), a -> a.level().getAsInt()).containsExactly(
                tuple("team", 1),
                tuple("data", 1),
                tuple("reproducibility", 1),
                tuple("training", 1),
                tuple("release", 1),
                tuple("monitoring", 2));
    }

    @Test
    void raisingAnySingleAnswerNeverLowersTheLevel() {
        var random = new Random(20261127L);
        int raises = 0;
        for (int round = 0; round < 2_000; round++) {
            var answers = randomAnswers(random);
            var before = scorer.score(answers);
            for (var answered : before.answers()) {
                for (var higher : answered.question().options()) {
                    if (higher.capsAt() <= answered.capsAt()) {
                        continue;
                    }
                    var after = scorer.score(answers.with(answered.question().id(), higher.id()));
                    assertThat(after.level()).as("raising %s from %s to %s in %s", answered.question().id(),
                            answered.option().id(), higher.id(), answers).isGreaterThanOrEqualTo(before.level());
                    raises++;
                }
            }
        }
        assertThat(raises).isGreaterThan(10_000);
    }

    @Test
    void noStepToANeighbouringAnswerMovesTheLevelByMoreThanTwo() {
        var random = new Random(20261202L);
        // A gate (serving) changes which questions apply, not how the team works: it is not such a step.
        var gates = questionnaire.questions().stream().filter(q -> q.when() != null).map(q -> q.when().questionId())
                .collect(Collectors.toSet());
        int steps = 0;
        int moreThanOne = 0;
        for (int round = 0; round < 2_000; round++) {
            var answers = randomAnswers(random);
            int before = scorer.score(answers).level();
            for (var answered : scorer.score(answers).answers()) {
                if (gates.contains(answered.question().id())) {
                    continue;
                }
                var options = answered.question().options();
                int at = options.indexOf(answered.option());
                for (int neighbour : new int[] {at - 1, at + 1}) {
                    if (neighbour < 0 || neighbour >= options.size()) {
                        continue;
                    }
                    var changed = answers.with(answered.question().id(), options.get(neighbour).id());
                    int after = scorer.score(changed).level();
                    assertThat(Math.abs(after - before)).as("%s from %s to %s in %s", answered.question().id(),
                            answered.option().id(), options.get(neighbour).id(), answers).isLessThanOrEqualTo(2);
                    steps++;
                    if (Math.abs(after - before) > 1) {
                        moreThanOne++;
                    }
                }
            }
        }
        System.out.printf("Neighbouring answers: %d steps, %.1f %% of them move the level by 2, none by more%n", steps,
                100.0 * moreThanOne / steps);
        assertThat(steps).isGreaterThan(20_000);
    }

    @Test
    void conditionalQuestionsAreSkippedWhenTheirConditionIsFalse() {
        var batch = TestContent.team("level-2-automated-training.yml");
        // A leftover answer to an online-only question must neither count nor cap a batch team.
        var withLeftover = batch.with("online-rollout", "no").with("rollback", "slow");

        var score = scorer.score(withLeftover);

        assertThat(questionnaire.applicable(batch)).extracting(Question::id)
                .contains("batch-delivery").doesNotContain("online-rollout", "rollback", "service-health");
        assertThat(score.answers()).extracting(a -> a.question().id()).doesNotContain("online-rollout", "rollback");
        assertThat(score.total()).isEqualTo(scorer.score(batch).total());
        assertThat(score.level()).isEqualTo(2);
    }

    @Test
    void questionsThatDependOnAnUnansweredGateDoNotApply() {
        var score = scorer.score(Answers.NONE.with("collaboration", "together"));

        assertThat(score.unanswered()).extracting(Question::id)
                .contains("serving", "training-runs")
                .doesNotContain("drift", "model-quality", "online-rollout", "batch-delivery");
    }

    @Test
    void unansweredQuestionsAreReportedAndTheScoreSaysHowManyWereAnswered() {
        var answers = TestContent.team("level-3-automated-deployment.yml").without("drift").without("lineage");

        var score = scorer.score(answers);

        assertThat(score.answered()).isEqualTo(score.total() - 2);
        assertThat(score.unanswered()).extracting(Question::id).containsExactlyInAnyOrder("drift", "lineage");
        assertThat(score.isComplete()).isFalse();
    }

    @Test
    void nothingAnsweredScoresLevelZeroWithNoAnswers() {
        var score = scorer.score(Answers.NONE);

        assertThat(score.level()).isZero();
        assertThat(score.answered()).isZero();
        assertThat(score.areas()).allSatisfy(a -> assertThat(a.level()).isEmpty());
    }

    @Test
    void anOptionTheQuestionDoesNotHaveIsRejected() {
        assertThatThrownBy(() -> scorer.score(Answers.NONE.with("training-runs", "quantum")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantum");
    }

    /** Random answers that follow the conditions, with about one question in ten left unanswered. */
    private Answers randomAnswers(Random random) {
        var answers = Answers.NONE;
        for (var question : questionnaire.questions()) {
            if (!questionnaire.applicable(answers).contains(question) || random.nextInt(10) == 0) {
                continue;
            }
            var options = question.options();
            answers = answers.with(question.id(), options.get(random.nextInt(options.size())).id());
        }
        return answers;
    }
}
