package dev.mlopsguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.report.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ask and eval commands, on the built-in knowledge base. */
class KnowledgeCommandsTest {

    @TempDir
    Path temp;

    @Test
    void askAnswersWithSourcesAsJson() throws Exception {
        var run = CliRun.of("", Map.of("MLOPS_GUIDE_DATA_DIR", temp.toString()), "ask", "how", "do", "we", "detect", "data", "drift?", "--json");

        var json = Json.mapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("answer").asText()).startsWith("**Detecting data drift");
        assertThat(json.get("intent").asText()).isEqualTo("search");
        assertThat(json.get("confidence").asDouble()).isBetween(0.325, 1.0);
        assertThat(json.get("certainty").asText()).isEqualTo("sure");
        assertThat(json.get("sources")).hasSizeGreaterThanOrEqualTo(3).allSatisfy(s -> {
            assertThat(s.has("id") && s.has("title") && s.has("path") && s.has("score")).isTrue();
        });
        assertThat(json.at("/sources/0/path").asText()).endsWith("data-drift.md");
        // The built-in articles' vectors ship in the jar: nothing of theirs is embedded or cached at run time.
        assertThat(temp.resolve("embeddings-all-MiniLM-L6-v2-q.bin")).doesNotExist();
    }

    @Test
    void aTerminalShowsAnAnswersLinesInItalicsWithoutTheirMarkers() {
        var run = CliRun.of("", Map.of("MLOPS_GUIDE_DATA_DIR", temp.toString()), "ask", "how do we detct drift");

        assertThat(run.out()).startsWith("Read as \"how do we detect drift\".\n");
    }

    @Test
    void askAboutOurLevelUsesTheTeamsLatestAssessment() {
        var env = Map.of("MLOPS_GUIDE_DATA_DIR", temp.toString());
        CliRun.of("", env, "assess", "--team", "platform", "--answers", TestContent.resource("teams/level-3-automated-deployment.yml").toString());

        var run = CliRun.of("", env, "ask", "what level are we?", "--team", "platform");
        var markdown = CliRun.of("", env, "ask", "what level are we?", "--team", "platform", "--format", "markdown");

        assertThat(run.out()).startsWith("Team 'platform' is at level 3 · Automated Model Deployment").doesNotContain("**");
        assertThat(markdown.out()).startsWith("**Team 'platform' is at level 3 · Automated Model Deployment**");
    }

    @Test
    void aGreetingIsAnsweredWithoutAnEmptyListOfSources() {
        var run = CliRun.of("", Map.of("MLOPS_GUIDE_DATA_DIR", temp.toString()), "ask", "howdy partner");

        assertThat(run.out()).startsWith("Hi! ").doesNotContain("Sources:");
    }

    @Test
    void askWhetherWeImprovedComparesTheLatestAssessmentWithTheOneBefore() {
        var env = Map.of("MLOPS_GUIDE_DATA_DIR", temp.toString());
        CliRun.of("", env, "assess", "--team", "platform", "--answers", TestContent.resource("teams/level-1-devops-no-mlops.yml").toString());
        CliRun.of("", env, "assess", "--team", "platform", "--answers", TestContent.resource("teams/level-3-automated-deployment.yml").toString());

        var run = CliRun.of("", env, "ask", "did we improve since the last assessment?", "--team", "platform");

        assertThat(run.out()).startsWith("Team 'platform' is at level 3").contains("Since the assessment before it (")
                .contains("level 1 → 3 (up 2).").contains("Moved: ");
    }

    @Test
    void evalRetrievalReportsHitRateAndMrrPerCourseAsJson() throws Exception {
        var truth = Files.writeString(temp.resolve("truth.csv"), "question,course,document\n"
                + "\"How do we detect data drift?\",,data-drift\n"
                + "What is a canary release?,,canary-releases\n"
                + "Which cake is best?,,no-such-article\n");

        var run = CliRun.of("", Map.of("MLOPS_GUIDE_DATA_DIR", temp.toString()), "eval", "retrieval",
                "--ground-truth", truth.toString(), "--k", "3", "--json");

        var json = Json.mapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.at("/overall/questions").asInt()).isEqualTo(3);
        assertThat(json.at("/overall/hitRate").asDouble()).isBetween(0.66, 0.67);
        assertThat(json.at("/overall/mrr").asDouble()).isBetween(0.66, 0.67);
        assertThat(json.at("/courses/(none)/questions").asInt()).isEqualTo(3);
        assertThat(json.get("k").asInt()).isEqualTo(3);
        assertThat(json.has("millis")).isTrue();
    }

    @Test
    void evalAnswersJudgesArticlesRulesAndFactsPerKindOfQuestion() throws Exception {
        var questions = Files.writeString(temp.resolve("answers.csv"), "question,kind,split,expected,facts\n"
                + "how do we detect data drift?,how-to,tune,data-drift,kolmogorov-smirnov|psi; reference window\n"
                + "what level should we aim for with 3 models?,which-level,tune,intent:target,level 2\n"
                + "\"what's the best pizza near the office\",off-topic,held,none,\n"
                + "how do we roll back a model?,how-to,held,feature-stores,alias\n");
        var env = Map.of("MLOPS_GUIDE_DATA_DIR", temp.toString());

        var all = Json.mapper().readTree(CliRun.of("", env, "eval", "answers", "--questions", questions.toString(),
                "--json").out());
        var held = CliRun.of("", env, "eval", "answers", "--questions", questions.toString(), "--split", "held", "--misses");

        assertThat(all.at("/overall/questions").asInt()).isEqualTo(4);
        assertThat(all.at("/overall/rightAt1").asDouble()).isEqualTo(0.75);
        assertThat(all.at("/kinds/how-to/rightAt1").asDouble()).isEqualTo(0.5);
        assertThat(all.at("/kinds/which-level/factRecall").asDouble()).isEqualTo(1.0);
        assertThat(all.at("/misses/0/question").asText()).isEqualTo("how do we roll back a model?");
        assertThat(all.get("tradeoffs")).isNotEmpty();
        assertThat(held.exitCode()).isZero();
        assertThat(held.out()).startsWith("2 questions (held)").contains("F0.5", "best",
                "- [how-to] how do we roll back a model?", "expected feature-stores, got model-rollback");
    }

    @Test
    void evalWithoutItsGroundTruthIsBadInput() {
        var run = CliRun.of("eval", "retrieval", "--ground-truth", temp.resolve("none.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.csv: file not found");
    }
}
