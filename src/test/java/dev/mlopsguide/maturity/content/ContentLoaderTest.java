package dev.mlopsguide.maturity.content;

import static dev.mlopsguide.maturity.content.ContentLoader.ASSESSMENT;
import static dev.mlopsguide.maturity.content.ContentLoader.LEVELS;
import static dev.mlopsguide.maturity.content.ContentLoader.LIFECYCLE;
import static dev.mlopsguide.maturity.content.ContentLoader.NEXT_STEPS;
import static dev.mlopsguide.maturity.content.ContentLoader.TARGETS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path temp;

    private ContentFolder folder;

    @BeforeEach
    void copyBundledContent() {
        folder = ContentFolder.copyOfBundled(temp);
    }

    @Test
    void theBundledContentIsValidAndComplete() {
        var content = ContentLoader.load(ContentLocation.bundled());

        assertThat(content.levels()).extracting(l -> l.number()).containsExactly(0, 1, 2, 3, 4);
        assertThat(content.lifecycle()).extracting(s -> s.id()).containsExactly("design", "train", "operate");
        assertThat(content.questionnaire().areas()).hasSizeBetween(5, 7);
        assertThat(content.questionnaire().questions()).hasSizeBetween(15, 25);
        assertThat(content.nextSteps()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(content.questionnaire().questions()).anySatisfy(q -> assertThat(q.when()).isNotNull());
        assertThat(folder.problems()).isEmpty();
    }

    @Test
    void anUnknownNextStepIsReportedWithItsLine() {
        int line = folder.replace(ASSESSMENT, "next_steps: [share-tracking-server]", "next_steps: [share-tracking-servre]");

        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(folder.nameOf(ASSESSMENT));
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("'share-tracking-servre'").contains("next-steps.yml does not define");
        });
    }

    @Test
    void anUnknownAreaIsReported() {
        int line = folder.replace(ASSESSMENT, "  - id: experiment-tracking\n    area: data",
                "  - id: experiment-tracking\n    area: dta");

        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line + 1);
            assertThat(p.message()).contains("area 'dta'").contains("use one of: team, data");
        });
    }

    @Test
    void aDuplicateIdPointsAtTheFirstDefinition() {
        int first = folder.lineOf(ASSESSMENT, "  - id: experiment-tracking");
        int line = folder.lineOf(ASSESSMENT, "  - id: feature-consistency");
        folder.replace(ASSESSMENT, "  - id: feature-consistency", "  - id: experiment-tracking");

        assertThat(folder.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("duplicate question id 'experiment-tracking'").contains("first defined on line " + first);
        });
    }

    @Test
    void aCapOutsideZeroToFourIsReported() {
        int line = folder.replace(ASSESSMENT, "label: In a shared tracker, every run\n        caps_at: 4",
                "label: In a shared tracker, every run\n        caps_at: 7");

        assertThat(folder.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line + 1);
            assertThat(p.message()).contains("caps_at").contains("is 7").contains("from 0 to 4");
        });
    }

    @Test
    void aCapThatIsNotANumberIsReported() {
        folder.replace(ASSESSMENT, "label: In a shared tracker, every run\n        caps_at: 4",
                "label: In a shared tracker, every run\n        caps_at: low");

        assertThat(folder.problems()).anySatisfy(p -> assertThat(p.message()).contains("must be a whole number, not 'low'"));
    }

    @Test
    void anOptionLabelLongerThanSlackShowsIsReported() {
        int line = folder.replace(ASSESSMENT, "label: In a shared tracker, every run",
                "label: In a shared tracker, every run, from the first notebook to the last retraining of a ye");

        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("has 86 characters").contains("at most 75");
        });
    }

    @Test
    void neighbouringAnswersMoreThanTwoLevelsApartAreReported() {
        int line = folder.lineOf(ASSESSMENT, "  - id: experiment-tracking") + 6;
        folder.replace(ASSESSMENT, "caps_at: 2\n        next_steps: [track-experiments]\n      - id: shared\n",
                "caps_at: 1\n        next_steps: [track-experiments]\n      - id: shared\n");

        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("options 'shared-partly' and 'shared' of question 'experiment-tracking' are "
                    + "3 levels apart").contains("add an option between them");
        });
    }

    @Test
    void aConditionOnAMissingQuestionIsReported() {
        int line = folder.replace(ASSESSMENT, "when: { question: serving, in: [batch] }\n    text: How do you learn that a batch prediction job failed or delivered late?",
                "when: { question: serve, in: [batch] }\n    text: How do you learn that a batch prediction job failed or delivered late?");

        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("refers to question 'serve'").contains("earlier question");
        });
    }

    @Test
    void aConditionOnAMissingOptionIsReported() {
        int line = folder.replace(ASSESSMENT, "when: { question: serving, in: [batch] }\n    text: How do you learn that a batch prediction job failed or delivered late?",
                "when: { question: serving, in: [bulk] }\n    text: How do you learn that a batch prediction job failed or delivered late?");

        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("option 'bulk'").contains("use one of: not-yet, batch, online, streaming");
        });
    }

    @Test
    void aConditionOnALaterQuestionIsReported() {
        folder.replace(ASSESSMENT, "when: { question: serving, in: [batch] }\n    text: How do you learn that a batch prediction job failed or delivered late?",
                "when: { question: drift, in: [no] }\n    text: How do you learn that a batch prediction job failed or delivered late?");

        assertThat(folder.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("refers to question 'drift' that is not defined before it"));
    }

    @Test
    void aLevelThatNoCombinationOfAnswersReachesIsReported() {
        // Without the three answers that cap at 0, nobody can score level 0.
        folder.replace(ASSESSMENT, "caps_at: 0\n        next_steps: [version-all-code]",
                "caps_at: 1\n        next_steps: [version-all-code]");
        folder.replace(ASSESSMENT, "caps_at: 0\n        next_steps: [automate-application-build]",
                "caps_at: 1\n        next_steps: [automate-application-build]");
        folder.replace(ASSESSMENT, "caps_at: 0\n        next_steps: [run-tests-in-ci]",
                "caps_at: 1\n        next_steps: [run-tests-in-ci]");

        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(folder.nameOf(ASSESSMENT));
            assertThat(p.line()).isEqualTo(folder.lineOf(ASSESSMENT, "questions:"));
            assertThat(p.message()).contains("no combination of answers scores level 0 (No MLOps)");
        });
    }

    @Test
    void aYamlSyntaxErrorIsReportedWithItsLine() {
        int line = folder.replace(LEVELS, "  - level: 2\n    name: Automated Training", "  - level: 2\n   name: [Automated");

        assertThat(folder.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(folder.nameOf(LEVELS));
            assertThat(p.line()).isBetween(line, line + 2);
            assertThat(p.message()).startsWith("YAML syntax error");
        });
    }

    @Test
    void aMisspelledKeyIsReportedRatherThanIgnored() {
        int line = folder.replace(NEXT_STEPS, "  - id: track-experiments\n    title:", "  - id: track-experiments\n    titel:");

        assertThat(folder.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line + 1);
            assertThat(p.message()).contains("unknown key 'titel'");
        });
    }

    @Test
    void aNextStepOfAnUnknownLifecycleStepOrEffortIsReported() {
        int line = folder.replace(NEXT_STEPS, "    effort: S\n    step: design\n    tools: [Model Card Toolkit",
                "    effort: XL\n    step: deploy\n    tools: [Model Card Toolkit");

        assertThat(folder.problems()).extracting(ContentProblem::line, ContentProblem::message).anySatisfy(t ->
                assertThat(t.toList()).containsExactly(line, "effort of next step 'write-model-card' is 'XL'; use S, M or L"));
        assertThat(folder.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line + 1);
            assertThat(p.message()).contains("lifecycle step 'deploy'").contains("design, train, operate");
        });
    }

    @Test
    void aTargetRuleWithAnUnknownFieldOrValueIsReported() {
        int line = folder.replace(TARGETS, "when: { stage: [business-critical] }", "when: { stage: [critical], sla: [high] }");

        assertThat(folder.problems()).hasSize(2).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(folder.nameOf(TARGETS));
            assertThat(p.line()).isEqualTo(line);
        });
        assertThat(folder.problems()).extracting(ContentProblem::message).anySatisfy(m ->
                assertThat(m).contains("'critical' is not a value of 'stage'")).anySatisfy(m ->
                assertThat(m).contains("unknown profile field 'sla'"));
    }

    @Test
    void aTargetLevelOutsideZeroToFourIsReported() {
        folder.replace(TARGETS, "when: { models_in_production: { min: 10 } }\n    level: 4",
                "when: { models_in_production: { min: 10 } }\n    level: 5");

        assertThat(folder.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("level of rule 'tens-of-models' is 5; it must be from 0 to 4"));
    }

    @Test
    void aMissingLevelAndAMissingFileAreReported() {
        folder.replace(LEVELS, "  - level: 3\n", "  - level: 2\n");
        folder.delete(LIFECYCLE);

        assertThat(folder.problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("level 2 is defined twice"))
                .anySatisfy(p -> assertThat(p).contains("level 3 is missing"))
                .anySatisfy(p -> assertThat(p).isEqualTo(folder.nameOf(LIFECYCLE) + ": file not found; create it or check the path"));
    }

    @Test
    void allMistakesAreReportedAtOnce() {
        folder.replace(ASSESSMENT, "next_steps: [share-tracking-server]", "next_steps: [nope]");
        folder.replace(NEXT_STEPS, "    effort: S\n    step: design\n    tools: [Model Card Toolkit",
                "    effort: Q\n    step: design\n    tools: [Model Card Toolkit");
        folder.replace(TARGETS, "when: { regulation: [strict] }", "when: { regulation: [maybe] }");

        assertThat(folder.problems()).hasSize(3).extracting(ContentProblem::file)
                .containsExactlyInAnyOrder(folder.nameOf(ASSESSMENT), folder.nameOf(NEXT_STEPS), folder.nameOf(TARGETS));
    }
}
