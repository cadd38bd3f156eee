package dev.mlopsguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path temp;

    private final String levelTwoTeam = TestContent.resource("teams/level-2-automated-training.yml").toString();
    private final String profile = TestContent.resource("profile-online-critical.yml").toString();

    @Test
    void theInteractiveAssessmentShowsProgressHelpAndGoesBack() {
        var answers = TestContent.team("level-2-automated-training.yml");
        var typed = new ArrayList<>(typedAnswers(answers));
        typed.add(3, "?");        // help on the fourth question
        typed.add(4, "b");        // back to the third ...
        typed.add(5, "");         // ... keep its answer with Enter
        typed.add(7, "9");        // an option that does not exist is refused
        typed.add("");            // skip the team profile

        var run = CliRun.of(String.join("\n", typed) + "\n", Map.of(), "assess");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Question 1 of 24 · Team and ownership")
                .contains("Question 4 of 20 · Data and experiments")
                .contains("Level 2 tracks experiment results centrally")
                .contains("(now: 2; Enter keeps it)")
                .contains("Choose a number from 1 to")
                .contains("Team profile 1 of 6")
                .contains("MLOps maturity: level 2 · Automated Training")
                .contains("Based on 20 of 20 questions")
                .doesNotContain("Target:");
    }

    @Test
    void theProfileQuestionsSetTheTarget() {
        var typed = new ArrayList<>(typedAnswers(TestContent.team("level-2-automated-training.yml")));
        typed.addAll(List.of("3", "4", "4", "3", "99.9", "1"));   // business-critical, 4 models, monthly, online, 99.9%, not regulated

        var run = CliRun.of(String.join("\n", typed) + "\n", Map.of(), "assess", "--format", "json");

        var json = json(run.out().substring(run.out().indexOf('{')));
        assertThat(run.exitCode()).isZero();
        assertThat(json.at("/target/level").asInt()).isEqualTo(3);
        assertThat(json.at("/target/reasons")).hasSize(2);
    }

    @Test
    void quittingSavesNothingAndSaysSo() {
        var run = CliRun.of("1\n2\nq\n", Map.of(), "assess");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Question 3 of").contains("Stopped. Nothing was saved.").doesNotContain("MLOps maturity:");
    }

    @Test
    void endOfInputQuitsToo() {
        var run = CliRun.of("1\n", Map.of(), "assess");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Stopped. Nothing was saved.");
    }

    @Test
    void theJsonResultHasTheDocumentedFields() {
        var run = CliRun.of("assess", "--answers", levelTwoTeam, "--format", "json");

        var json = json(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("level").asInt()).isEqualTo(2);
        assertThat(json.get("levelName").asText()).isEqualTo("Automated Training");
        assertThat(json.get("areas")).hasSize(6).allSatisfy(a -> assertThat(a.has("id") && a.has("name") && a.has("level")).isTrue());
        assertThat(json.get("binding")).isNotEmpty().allSatisfy(b -> {
            assertThat(b.get("question").isTextual()).isTrue();
            assertThat(b.get("option").isTextual()).isTrue();
            assertThat(b.get("capsAt").asInt()).isEqualTo(2);
        });
        assertThat(json.get("answered").asInt()).isEqualTo(20);
        assertThat(json.get("total").asInt()).isEqualTo(20);
        assertThat(json.get("target").isNull()).isTrue();
        assertThat(json.get("nextSteps")).hasSizeBetween(1, 5).allSatisfy(s -> {
            assertThat(s.get("id").isTextual()).isTrue();
            assertThat(s.get("title").isTextual()).isTrue();
            assertThat(s.get("effort").asText()).isIn("S", "M", "L");
            assertThat(s.get("unlocksLevel").asInt()).isEqualTo(3);
        });
    }

    @Test
    void markdownOutputHasHeadingsAndTheTarget() {
        var run = CliRun.of("assess", "--answers", levelTwoTeam, "--profile", profile, "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("## MLOps maturity: level 2").contains("## Target: level 3").contains("1. **");
    }

    @Test
    void anUnknownQuestionInTheAnswersFileIsBadInput() throws IOException {
        var file = Files.writeString(temp.resolve("a.yml"), "serving: batch\nexperiments: shared\n");

        var run = CliRun.of("assess", "--answers", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: " + file + ":2: unknown question 'experiments'; "
                + "run 'mlops-guide questions --json' to list the question ids");
    }

    @Test
    void aMissingFileAndAnInvalidProfileAreBadInputWithoutAStackTrace() throws IOException {
        var missing = CliRun.of("assess", "--answers", temp.resolve("none.yml").toString());
        var badProfile = Files.writeString(temp.resolve("p.yml"),
                "stage: production\nmodels_in_production: many\nretraining: rarely\nserving: batch\n");
        var invalid = CliRun.of("assess", "--answers", levelTwoTeam, "--profile", badProfile.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("none.yml: file not found").doesNotContain("\tat ");
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains(badProfile + ":2: 'models_in_production' of the profile must be a whole number")
                .doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        var run = CliRun.of("assess", "--answers", temp.resolve("none.yml").toString(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void anUnknownFormatOrOptionIsAUsageError() {
        assertThat(CliRun.of("assess", "--format", "pdf").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("assess", "--colour").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void questionsJsonListsIdsConditionsAndCaps() {
        var run = CliRun.of("questions", "--json");

        var json = json(run.out());
        assertThat(json.get("questions")).hasSize(TestContent.bundled().questionnaire().questions().size());
        var rollout = findQuestion(json, "online-rollout");
        assertThat(rollout.at("/when/question").asText()).isEqualTo("serving");
        assertThat(rollout.at("/when/in").toString()).isEqualTo("[\"online\",\"streaming\"]");
        assertThat(rollout.at("/options/0/capsAt").asInt()).isEqualTo(2);
        assertThat(findQuestion(json, "experiment-tracking").get("when").isNull()).isTrue();
    }

    @Test
    void explainShowsAStepOrTheLevels() {
        assertThat(CliRun.of("explain", "operate").out()).contains("Operate").contains("How do we know the model still performs");
        assertThat(CliRun.of("explain", "levels", "--format", "markdown").out())
                .contains("## Level 0 · No MLOps").contains("## Level 4 · Full MLOps Automated Operations");
        assertThat(json(CliRun.of("explain", "design", "--format", "json").out()).get("id").asText()).isEqualTo("design");
        var unknown = CliRun.of("explain", "deploy");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown topic 'deploy'; use one of: design, train, operate, levels");
    }

    @Test
    void conversationsCheckSummarisesValidContentOrListsMistakes() throws IOException {
        var valid = CliRun.of("conversations", "check");
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).contains("valid").contains("6 areas").containsPattern("knowledge: \\d+ documents, "
                + "\\d,\\d{3} labelled questions taught");

        var broken = temp.resolve("broken");
        Files.createDirectories(broken.resolve("knowledge"));
        Files.writeString(broken.resolve("levels.yml"), "levels:\n  - level: 9\n");
        Files.writeString(broken.resolve("knowledge/questions.csv"), "question,expected\nwhen do we ship,our-runbook\n");
        var invalid = CliRun.of("conversations", "check", broken.toString());
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.out()).contains(broken + "/levels.yml:2: level 9 is outside 0-4")
                .contains(broken + "/assessment.yml: file not found")
                .contains(broken + "/knowledge/questions.csv:2: no article has the id 'our-runbook'")
                .containsPattern("\\d+ mistakes in " + broken);
    }

    @Test
    void theContentFolderCanComeFromTheEnvironment() throws IOException {
        var empty = Files.createDirectories(temp.resolve("empty"));

        var run = CliRun.of("", Map.of(ContentOptions.ENVIRONMENT_VARIABLE, empty.toString()), "questions");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(empty + "/assessment.yml: file not found");
    }

    @Test
    void serveWithoutSlackSettingsNamesTheMissingVariable() {
        var run = CliRun.of("", Map.of("SLACK_BOT_TOKEN", "xoxb-1"), "serve");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: SLACK_SIGNING_SECRET: is not set; set it to the signing secret "
                + "from your app's Basic Information page");
    }

    @Test
    void withTheClientCredentialsTheJarServesAndRefusesToStartWithoutAnEncryptionKey() {
        var run = CliRun.of("", Map.of("SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "c", "SLACK_SIGNING_SECRET", "s"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("error: MLOPS_GUIDE_ENCRYPTION_KEY: is not set; distribution stores "
                + "every workspace's tokens, encrypted with this key; create a key with `openssl rand -base64 32`");
    }

    @Test
    void anUnknownLogFormatIsRefusedRatherThanSilencingTheLogs() {
        var run = CliRun.of("", Map.of("LOG_FORMAT", "yaml"), "questions");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: LOG_FORMAT: must be 'text' or 'json', not 'yaml'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        for (var command : List.of("serve", "assess", "history", "questions", "explain", "conversations", "db")) {
            var run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: mlops-guide " + command);
        }
    }

    /** The option numbers a person would type to give these answers, question by question. */
    private static List<String> typedAnswers(Answers answers) {
        var questionnaire = TestContent.bundled().questionnaire();
        return questionnaire.applicable(answers).stream().map(q -> {
            var chosen = answers.optionOf(q.id()).orElseThrow();
            return String.valueOf(q.options().stream().map(o -> o.id()).toList().indexOf(chosen) + 1);
        }).toList();
    }

    private static JsonNode findQuestion(JsonNode questionnaire, String id) {
        for (var question : questionnaire.get("questions")) {
            if (question.get("id").asText().equals(id)) {
                return question;
            }
        }
        throw new AssertionError("no question " + id);
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
