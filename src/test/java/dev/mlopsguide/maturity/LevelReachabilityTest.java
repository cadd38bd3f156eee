package dev.mlopsguide.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LevelReachabilityTest {

    @Test
    void everyLevelOfTheBundledQuestionnaireCanBeScored() {
        var reachability = new LevelReachability(TestContent.bundled().questionnaire());

        for (int level = Level.LOWEST; level <= Level.HIGHEST; level++) {
            assertThat(reachability.canScore(level)).as("level %d", level).isTrue();
        }
    }

    @Test
    void aLevelNoOptionCapsAtCannotBeScored() {
        var questionnaire = questionnaire(
                question("a", null, option("low", 1), option("high", 4)),
                question("b", null, option("none", 0), option("some", 2), option("all", 4)));
        var reachability = new LevelReachability(questionnaire);

        assertThat(reachability.canScore(3)).isFalse();
        assertThat(reachability.canScore(0)).isTrue();
        assertThat(reachability.canScore(2)).isTrue();
    }

    @Test
    void aLevelOnlyAConditionalQuestionReachesNeedsItsGateOpen() {
        var gated = new Condition("gate", List.of("open"));
        var questionnaire = questionnaire(
                question("gate", null, option("open", 4), option("closed", 4)),
                question("deep", gated, option("weak", 2), option("strong", 4)),
                question("other", null, option("x", 0), option("y", 4)));

        assertThat(new LevelReachability(questionnaire).canScore(2)).isTrue();
    }

    @Test
    void aLevelIsUnreachableWhenAnUnconditionalQuestionAlwaysCapsBelowIt() {
        var questionnaire = questionnaire(
                question("strict", null, option("a", 0), option("b", 1)),
                question("loose", null, option("c", 3), option("d", 4)));

        assertThat(new LevelReachability(questionnaire).canScore(3)).isFalse();
        assertThat(new LevelReachability(questionnaire).canScore(1)).isTrue();
    }

    private static Questionnaire questionnaire(Question... questions) {
        return new Questionnaire("test", List.of(new Area("area", "Area", "train", "")), List.of(questions));
    }

    private static Question question(String id, Condition when, AnswerOption... options) {
        return new Question(id, "area", id + "?", "", List.of(options), when);
    }

    private static AnswerOption option(String id, int capsAt) {
        return new AnswerOption(id, id, capsAt, List.of());
    }
}
