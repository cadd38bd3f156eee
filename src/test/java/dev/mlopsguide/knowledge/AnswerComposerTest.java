package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnswerComposerTest {

    /** Words as themselves: enough to see which sentences are kept. */
    private final AnswerComposer composer = new AnswerComposer(text -> Arrays.stream(text.toLowerCase(Locale.ROOT)
            .split("[^a-z]+")).filter(w -> w.length() > 2).collect(Collectors.toSet()));

    @Test
    void aPassageThatFitsIsQuotedWhole() {
        var text = "Short. Two sentences.";

        assertThat(composer.excerpt(text, Set.of("nothing"), 100)).isEqualTo(text);
    }

    @Test
    void aLongPassageKeepsItsFirstSentenceAndTheSentencesAboutTheQuestionInTheirOrder() {
        var text = "Drift is a change in inputs. Weather is nice today. Detect drift with a KS test. Lunch was good. "
                + "Alert on drift thresholds.";

        var excerpt = composer.excerpt(text, Set.of("drift", "detect"), 90);

        assertThat(excerpt).isEqualTo("Drift is a change in inputs. Detect drift with a KS test. Alert on drift thresholds. …");
    }

    @Test
    void listItemsStayOnTheirOwnLines() {
        var text = "Watch four things:\n- Service health and latency.\n- Unrelated filler item here.\n- Drift of inputs.";

        assertThat(composer.excerpt(text, Set.of("drift", "latency"), 70))
                .isEqualTo("Watch four things:\n- Service health and latency.\n- Drift of inputs. …");
    }

    @Test
    void aHowToQuestionGetsTheHowToSectionFirstTheNextSectionThatSuitsAfterItAndThenTheNextBest() {
        var intro = hit("drift", "", "Drift is a change in inputs.", 0.80);
        var detect = hit("drift", "How to detect it", "Compare windows with a KS test.", 0.75);
        var act = hit("drift", "How to act on it", "Alert the owner.", 0.60);
        var other = hit("skew", "", "Skew is something else.", 0.70);

        var composition = composer.compose("how do we detect drift", QuestionKind.HOW_TO, List.of(intro, other, detect, act), Set.of());

        assertThat(composition.parts()).extracting(Passage::heading).containsExactly("How to detect it", "How to act on it", "");
        assertThat(composition.text()).isEqualTo("**Drift - How to detect it**\nCompare windows with a KS test.\n"
                + "**Drift - How to act on it**\nAlert the owner.\n**Drift**\nDrift is a change in inputs.");
    }

    @Test
    void aSectionAnsweringTheQuestionIsFollowedByTheIntroductionWhenNoOtherSectionSuits() {
        var intro = hit("ab", "", "An A/B test measures business impact that offline metrics miss.", 0.60);
        var run = hit("ab", "How to run one", "Pre-register the metric.", 0.80);
        var level = hit("ab", "At which level", "Level 3.", 0.50);

        var composition = composer.compose("should we run a/b tests", QuestionKind.SHOULD_WE, List.of(run, intro, level), Set.of());

        assertThat(composition.parts()).extracting(Passage::heading).containsExactly("How to run one", "", "At which level");
    }

    @Test
    void aShortDefinitionIsFollowedByTheNextBestSectionWithTheBudgetItLeftAndNoThirdWhenLittleIsLeft() {
        var intro = hit("decay", "", "Decay is a model getting worse.", 0.90);
        var causes = hit("decay", "Likely causes", "Drift of inputs. " + "A long explanation of the causes. ".repeat(40), 0.50);
        var tools = hit("decay", "Tools", "Some tools.", 0.40);

        var composition = composer.compose("what is decay", QuestionKind.WHAT_IS, List.of(intro, causes, tools), Set.of());

        assertThat(composition.parts()).extracting(Passage::heading).containsExactly("", "Likely causes");
        var second = composition.text().substring(composition.text().indexOf("Likely causes**\n") + 16);
        assertThat(second.length()).isGreaterThan(AnswerComposer.FIRST_PART)
                .isLessThanOrEqualTo(AnswerComposer.BUDGET - intro.passage().text().length());
    }

    @Test
    void aComparisonQuotesTheSecondArticleWhenItIsCloseEnough() {
        var first = hit("concept", "", "Concept drift changes the relation.", 0.85);
        var second = hit("data", "", "Data drift changes the distribution.", 0.70);
        var far = hit("data", "", "Data drift changes the distribution.", 0.60);

        assertThat(composer.compose("data vs concept drift", QuestionKind.COMPARE, List.of(first, second), Set.of()).parts())
                .extracting(Passage::docId).containsExactly("concept", "data");
        assertThat(composer.compose("data vs concept drift", QuestionKind.COMPARE, List.of(first, far), Set.of()).parts())
                .extracting(Passage::docId).containsExactly("concept");
    }

    @Test
    void aSymptomWithTwoLikelyCausesQuotesTheOtherCausesSectionThatSuitsSecond() {
        var test = hit("abtest", "", "An A/B test compares a business outcome.", 0.80);
        var testLevel = hit("abtest", "At which level", "Level 3 runs A/B tests.", 0.78);
        var rehearse = hit("rollback", "Rehearse it", "Practise the rollback.", 0.75);
        var oneStep = hit("rollback", "Make it one step", "Point the alias back at the previous version.", 0.70);
        var ranked = List.of(test, testLevel, rehearse, oneStep);

        assertThat(composer.compose("better offline, fewer sales", QuestionKind.SYMPTOM, ranked, Set.of("abtest", "rollback")).parts())
                .extracting(Passage::heading).startsWith("", "Make it one step");
        // Not when the best article is none of the likeliest causes: then the question is about something else.
        assertThat(composer.compose("better offline, fewer sales", QuestionKind.SYMPTOM, ranked, Set.of("rollback")).parts())
                .extracting(Passage::docId).startsWith("abtest", "abtest");
    }

    private static Retriever.Hit hit(String doc, String heading, String text, double score) {
        var title = doc.substring(0, 1).toUpperCase(Locale.ROOT) + doc.substring(1);
        var id = heading.isEmpty() ? doc : doc + "#" + KnowledgeLoader.slug(heading);
        return new Retriever.Hit(new Passage(id, doc, title, heading, text, "", "", "", "", ""), score, (float) score);
    }
}
