package dev.mlopsguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.EncryptionKeys;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.knowledge.FaqPack;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.report.Json;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.steps.AdoptedStep;
import dev.mlopsguide.store.BotInstallation;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.InstallerRecord;
import dev.mlopsguide.store.KnowledgeGaps;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TestClock;
import dev.mlopsguide.store.TokenCipher;
import dev.mlopsguide.team.TeamAssessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that read and write the database: assess --team, history, db, knowledge gaps. */
@Tag(TestClock.TAG)
class StoreCommandsTest {

    @TempDir
    Path temp;

    private Map<String, String> env;

    @BeforeEach
    void shareOneDatabase() {
        env = Map.of(DatabaseSettings.DATA_DIR, temp.resolve("data").toString(), "USER", "alice");
    }

    private CliRun run(String input, String... args) {
        return CliRun.of(input, env, args);
    }

    private CliRun assess(String team, String answers) {
        return run("", "assess", "--team", team, "--answers", TestContent.resource("teams/" + answers).toString());
    }

    @Test
    void assessRecordsTheResultForTheTeamAndHistoryShowsTheTrend() {
        assertThat(assess("platform", "level-1-devops-no-mlops.yml").out())
                .contains("Saved as assessment 1 of team 'platform' in H2 file " + temp.resolve("data"));
        assess("platform", "level-3-automated-deployment.yml");
        assess("other", "level-4-full-automation.yml");

        var history = run("", "history", "--team", "platform");

        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).contains("Team 'platform' · 2 assessments")
                .contains("██░░░  level 1  alice (in the terminal)").contains("████░  level 3  alice (in the terminal)")
                .containsPattern("Change from .* to .*: 1 → 3  ▲ 2")
                .containsPattern("Data and experiments +1 → 3  ▲ 2");
        assertThat(history.out().indexOf("Team and ownership")).isLessThan(history.out().indexOf("Monitoring and retraining"));
    }

    @Test
    void historyAsJsonHasTheAssessmentsAndTheChangePerArea() throws IOException {
        assess("platform", "level-2-automated-training.yml");
        assess("platform", "level-3-automated-deployment.yml");

        JsonNode json = Json.mapper().readTree(run("", "history", "--team", "platform", "--json").out());

        assertThat(json.get("team").asText()).isEqualTo("platform");
        assertThat(json.get("assessments")).hasSize(2);
        assertThat(json.at("/assessments/1/level").asInt()).isEqualTo(3);
        assertThat(json.at("/assessments/1/areas/release").asInt()).isEqualTo(4);
        assertThat(json.at("/change/level/before").asInt()).isEqualTo(2);
        assertThat(json.at("/change/level/direction").asText()).isEqualTo("up");
        assertThat(json.at("/change/areas/0/id").asText()).isEqualTo("team");
    }

    @Test
    void historyOfAnUnknownTeamOrWithABadDateIsBadInput() {
        assess("platform", "level-2-automated-training.yml");

        var unknown = run("", "history", "--team", "nobody");
        var badDate = run("", "history", "--team", "platform", "--from", "last week");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no team 'nobody'");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--from must be a date like 2026-11-27, not 'last week'");
    }

    @Test
    void aSavedProfileSetsTheTargetOfLaterAssessments() {
        run("", "assess", "--team", "platform", "--answers", TestContent.resource("teams/level-2-automated-training.yml").toString(),
                "--profile", TestContent.resource("profile-online-critical.yml").toString());

        assertThat(assess("platform", "level-1-devops-no-mlops.yml").out()).contains("Target: level 3");
    }

    @Test
    void noSaveLeavesTheDatabaseAlone() {
        var run = run("", "assess", "--no-save", "--answers", TestContent.resource("teams/level-2-automated-training.yml").toString());

        assertThat(run.out()).contains("level 2").doesNotContain("Saved");
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void exportWritesEverythingAboutTheTeam() throws IOException {
        assess("platform", "level-2-automated-training.yml");
        var file = temp.resolve("platform.json");

        var run = run("", "db", "export", "--team", "platform", "--out", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exported team 'platform' (1 assessments)");
        var json = Json.mapper().readTree(Files.readString(file));
        assertThat(json.at("/team/name").asText()).isEqualTo("platform");
        assertThat(json.at("/assessments/0/answers/experiment-tracking").asText()).isEqualTo("shared");
    }

    @Test
    void deleteAsksForTheTeamNameAndThenDeletesEverything() {
        assess("platform", "level-2-automated-training.yml");

        var refused = run("plat\n", "db", "delete", "--team", "platform");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("Type the team's name to confirm").contains("Not deleted.");

        var deleted = run("platform\n", "db", "delete", "--team", "platform");
        assertThat(deleted.exitCode()).isZero();
        assertThat(deleted.out()).contains("Deleted team 'platform': 1 assessments");
        assertThat(run("", "history", "--team", "platform").exitCode()).isEqualTo(2);
    }

    @Test
    void aChannelsTeamIsNamedByItsChannelAndItsPeopleByTheirNames() {
        try (var store = Store.open(DatabaseSettings.h2(temp.resolve("data")), TestClock.running())) {
            var team = store.teams().ensure(TeamKey.channel("T1", "CPLATFORM"), "#ml-platform");
            var assessor = new TeamAssessor(new Assessor(TestContent.bundled()), store.profiles(), store.assessments());
            assessor.assess(team, TestContent.team("level-2-automated-training.yml"), Optional.empty(), "UALICE",
                    AssessmentMode.MODAL, Map.of());
            store.people().remember("T1", "UALICE", "alice.martin");
        }

        var history = run("", "history", "--team", "#ml-platform");
        var digest = run("", "digest", "--team", "T1/#ml-platform");
        var unknown = run("", "history", "--team", "#nowhere");

        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).contains("alice.martin (alone, in the form)").doesNotContain("UALICE");
        assertThat(digest.out()).contains("Assessed this week: alice.martin (alone, in the form, level 2)");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no channel team '#nowhere'");
    }

    @Test
    void aWholeWorkspaceIsExportedAndDeletedForADataRequest() throws IOException {
        assess("platform", "level-2-automated-training.yml");
        assess("research", "level-1-devops-no-mlops.yml");
        var file = temp.resolve("workspace.json");

        var export = run("", "db", "export", "--workspace", "local", "--out", file.toString());
        var unknown = run("", "db", "export", "--workspace", "T404", "--out", file.toString());
        var both = run("", "db", "export", "--workspace", "local", "--team", "platform", "--out", file.toString());

        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).contains("Exported workspace 'local' (2 teams, 0 feedback entries)");
        var json = Json.mapper().readTree(Files.readString(file));
        assertThat(json.at("/workspace").asText()).isEqualTo("local");
        assertThat(json.at("/teams").findValuesAsText("name")).contains("platform", "research");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("nothing is stored for workspace 'T404'");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");

        var refused = run("T1\n", "db", "delete", "--workspace", "local");
        assertThat(refused.out()).contains("Type the workspace's id to confirm").contains("Not deleted.");
        var deleted = run("local\n", "db", "delete", "--workspace", "local");
        assertThat(deleted.exitCode()).isZero();
        assertThat(deleted.out()).contains("Deleted workspace 'local': 2 teams, 2 assessments, 0 feedback entries, 0 installation rows with tokens.");
        assertThat(run("", "history", "--team", "research").exitCode()).isEqualTo(2);
        assertThat(run("", "db", "delete", "--workspace", "local", "--yes").err())
                .contains("nothing is stored for workspace 'local'");
    }

    @Test
    void digestPrintsWhatTheAppWouldPost() throws IOException {
        assess("platform", "level-2-automated-training.yml");

        var text = run("", "digest", "--team", "platform");
        var json = Json.mapper().readTree(run("", "digest", "--team", "platform", "--format", "json").out());
        var badWeek = run("", "digest", "--team", "platform", "--week", "48");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("MLOps digest of platform, week ").contains("level 2 · Automated Training")
                .contains("Overall");
        assertThat(json.get("kind").asText()).isEqualTo("first_week");
        assertThat(json.get("level").asInt()).isEqualTo(2);
        assertThat(json.get("weeks")).hasSize(8);
        assertThat(badWeek.exitCode()).isEqualTo(2);
        assertThat(badWeek.err()).contains("--week: '48' is not an ISO week; write it like 2026-W48");
    }

    @Test
    void migrateReportsTheSchemaVersion() {
        var run = run("", "db", "migrate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("is at schema version 13.");
    }

    @Test
    void rescoreScoresOnTheCurrentQuestionnaire() {
        assess("platform", "level-3-automated-deployment.yml");

        var run = run("", "db", "rescore", "--team", "platform");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("assessment 1: level 3 → 3").contains("Re-scored 1 assessments");
    }

    @Test
    void aMalformedDatabaseUrlIsBadInputAndADownDatabaseOneClearError() {
        var malformed = CliRun.of("", Map.of(DatabaseSettings.DATABASE_URL, "mysql://x/y"), "db", "migrate");
        var down = CliRun.of("", Map.of(DatabaseSettings.DATABASE_URL, "postgres://app:s3cret@127.0.0.1:1/guide"), "db", "migrate");

        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err().strip()).startsWith("error: DATABASE_URL: expected postgres://");
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err().strip()).startsWith("error: cannot open the database PostgreSQL 127.0.0.1:1/guide")
                .doesNotContain("s3cret").doesNotContain("\tat ");
        assertThat(down.err().lines()).hasSize(1);
    }

    @Test
    void resealMovesStoredTokensToTheNewKeyAndNeedsTheOldOneToOpenThem() {
        var oldKey = new byte[TokenCipher.KEY_BYTES];
        var newKey = new byte[TokenCipher.KEY_BYTES];
        java.util.Arrays.fill(newKey, (byte) 7);
        installBot(oldKey, "T1", "xoxb-one");
        var encoder = Base64.getEncoder();
        var newOnly = new HashMap<>(env);
        newOnly.put(EncryptionKeys.KEY, encoder.encodeToString(newKey));
        var both = new HashMap<>(newOnly);
        both.put(EncryptionKeys.PREVIOUS_KEYS, encoder.encodeToString(oldKey));

        var noKey = run("", "db", "reseal");
        var missingOldKey = CliRun.of("", newOnly, "db", "reseal");
        var resealed = CliRun.of("", both, "db", "reseal");

        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("error: MLOPS_GUIDE_ENCRYPTION_KEY: is not set");
        assertThat(missingOldKey.exitCode()).isEqualTo(2);
        assertThat(missingOldKey.err()).contains("neither the current encryption key nor a previous one")
                .contains("add the key that sealed it to MLOPS_GUIDE_PREVIOUS_ENCRYPTION_KEYS");
        assertThat(resealed.exitCode()).isZero();
        assertThat(resealed.out()).contains("Re-sealed the tokens of 2 installation rows");
        try (var store = Store.open(DatabaseSettings.h2(temp.resolve("data")), TestClock.running())) {
            assertThat(store.installations(new TokenCipher(newKey, List.of())).findBot(null, "T1").orElseThrow().botToken())
                    .isEqualTo("xoxb-one");
        }
    }

    @Test
    void deletingAWorkspaceRevokesItsTokenInSlackFirstWhenTheKeyIsGiven() throws Exception {
        var key = new byte[TokenCipher.KEY_BYTES];
        installBot(key, "T1", "xoxb-one");
        installBot(key, "T2", "xoxb-two");
        try (var slack = FakeSlack.start(0)) {
            var distributed = new HashMap<>(env);
            distributed.put(EncryptionKeys.KEY, Base64.getEncoder().encodeToString(key));
            distributed.put(SlackSettings.API_URL, slack.apiUrl());

            var revoked = CliRun.of("", distributed, "db", "delete", "--workspace", "T1", "--yes");
            slack.fail("auth.revoke", new FakeSlack.Fault.ApiError("invalid_auth"), 1);
            var refused = CliRun.of("", distributed, "db", "delete", "--workspace", "T2", "--yes");

            assertThat(revoked.exitCode()).isZero();
            assertThat(revoked.out()).contains("Revoked the app's token in Slack")
                    .contains("Deleted workspace 'T1': 0 teams, 0 assessments, 0 feedback entries, 2 installation rows");
            assertThat(slack.calls("auth.revoke")).extracting(FakeSlack.Call::token).containsExactly("xoxb-one", "xoxb-two");
            assertThat(refused.exitCode()).isZero();
            assertThat(refused.out()).contains("Could not revoke the app's token in Slack (invalid_auth)")
                    .contains("Deleted workspace 'T2'");
        }
    }

    @Test
    void workShowsWhatIsLeftToDoAndWhatWasGivenUp() {
        try (var store = Store.open(DatabaseSettings.h2(temp.resolve("data")), TestClock.running())) {
            store.followUps().add(new FollowUps.FollowUp("thread.start", "{}"));
            long failed = store.followUps().add(new FollowUps.FollowUp("result.share", "{}"));
            store.followUps().failed(failed, "chat.postMessage failed: not_in_channel");
        }

        var run = run("", "db", "work");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("1 piece(s) of follow-up work to do, the next due at ")
                .contains("1 given up:").contains("result.share").contains("not_in_channel");
    }

    @Test
    void installationsListsTheWorkspacesButNeverATokenAndNeedsTheKey() {
        var key = new byte[TokenCipher.KEY_BYTES];
        installBot(key, "T1", "xoxb-one");
        var withKey = new HashMap<>(env);
        withKey.put(EncryptionKeys.KEY, Base64.getEncoder().encodeToString(key));

        var listed = CliRun.of("", withKey, "db", "installations");
        var noKey = run("", "db", "installations");

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("Installed in 1 workspace(s)").contains("  T1  One  installed ")
                .contains("token does not expire").doesNotContain("xoxb");
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("MLOPS_GUIDE_ENCRYPTION_KEY: is not set; the stored installations are encrypted");
    }

    @Test
    void installationsListsEveryRowAndNamesThoseItsKeysCannotOpen() {
        var key = new byte[TokenCipher.KEY_BYTES];
        var lostKey = new byte[TokenCipher.KEY_BYTES];
        lostKey[0] = 1;
        installBot(key, "T1", "xoxb-one");
        installBot(lostKey, "T2", "xoxb-two");
        var withKey = new HashMap<>(env);
        withKey.put(EncryptionKeys.KEY, Base64.getEncoder().encodeToString(key));

        var listed = CliRun.of("", withKey, "db", "installations");

        assertThat(listed.exitCode()).isEqualTo(1);
        assertThat(listed.out()).contains("Installed in 2 workspace(s)").contains("  T1  One  installed ")
                .contains("  T2  One  installed ").contains("token CANNOT BE OPENED").doesNotContain("xoxb");
    }

    private void installBot(byte[] key, String workspace, String token) {
        try (var store = Store.open(DatabaseSettings.h2(temp.resolve("data")), TestClock.running())) {
            store.installations(new TokenCipher(key, List.of())).save(new BotInstallation(null, workspace, false, "A1",
                    null, null, "One", "B1", "UBOT", "commands", token, null, null, TestClock.running().instant()),
                    new InstallerRecord(null, workspace, "U1", null, null, null, null, null, null, null, TestClock.running().instant()));
        }
    }

    @Test
    void knowledgeGapsGroupsSimilarQuestionsAndTurnsApprovedRepliesIntoAPack() throws IOException {
        try (var store = Store.open(DatabaseSettings.h2(temp.resolve("data")), TestClock.running())) {
            int n = 0;
            for (var question : List.of("how do we do federated learning across hospitals?",
                    "what's the way to run federated learning between hospitals", "can we train models on quantum computers?")) {
                store.knowledgeGaps().record("answer:" + n++, new KnowledgeGaps.Asked("T1", "C1", n + ".1", "U" + n,
                        question, "I'm not sure."), KnowledgeGaps.Reason.NOT_SURE);
            }
            store.people().remember("T1", "U9", "carol");
            store.knowledgeGaps().reply(1, "U9", "Use federated averaging; the data stays in each hospital.");
            store.knowledgeGaps().approve(1, "U8");
        }
        var pack = temp.resolve("expert-pack.json");

        var text = run("", "knowledge", "gaps", "--since", "2000-01-01");
        var json = Json.mapper().readTree(run("", "knowledge", "gaps", "--since", "2000-01-01", "--json",
                "--pack", pack.toString()).out());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("1. \"how do we do federated learning across hospitals?\" · asked 2 times by 2 people")
                .contains("also: \"what's the way to run federated learning between hospitals\"")
                .contains("approved reply by carol: Use federated averaging")
                .contains("2. \"can we train models on quantum computers?\" · asked once");
        assertThat(json.get(0).path("asked").asInt()).isEqualTo(2);
        assertThat(json.get(0).path("approved").asBoolean()).isTrue();
        var entries = Json.mapper().readTree(Files.readString(pack));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.path("question").asText()).isEqualTo("how do we do federated learning across hospitals?");
            assertThat(entry.path("text").asText()).startsWith("Use federated averaging");
        });
        // The pack is one the app answers from.
        assertThat(FaqPack.load(pack).passages()).hasSize(1);
        assertThat(run("", "knowledge", "gaps", "--since", "yesterday").err()).contains("--since: write the day as YYYY-MM-DD");
    }

    @Test
    void stepsListsTheAdoptedStepsWithOwnersDueDatesAndStatusesForATerminalAndASpreadsheet() throws IOException {
        assess("fraud", "level-2-automated-training.yml");
        try (var store = Store.open(DatabaseSettings.h2(temp.resolve("data")), TestClock.running())) {
            store.people().remember("local", "UBOB", "bob");
            var team = store.teams().find(TeamKey.local("fraud")).orElseThrow();
            store.adoptedSteps().adopt(team.id(), "run-tests-in-ci", Optional.of("training-tests"), "UBOB",
                    LocalDate.of(2001, 1, 2), "UALICE", id -> Optional.empty());
            var second = store.adoptedSteps().adopt(team.id(), "record-lineage", Optional.empty(), "UALICE",
                    LocalDate.of(2999, 1, 2), "UALICE", id -> Optional.empty());
            store.adoptedSteps().setStatus(second.id(), AdoptedStep.Status.DOING, Optional.empty());
        }

        var text = run("", "steps");
        var csv = run("", "steps", "--format", "csv").out().split("\r\n");
        JsonNode json = Json.mapper().readTree(run("", "steps", "--format", "json").out());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("1 of 2 open steps in progress; 1 overdue")
                .contains("Run the tests on every change in CI").contains("bob").contains("Jan 2, 2001")
                .doesNotContain("2001-01-02");
        assertThat(csv[0]).isEqualTo("team,step,owner,due,status,overdue,lifts question,issue");
        assertThat(csv).hasSize(3).anySatisfy(line -> assertThat(line)
                .startsWith("fraud,Run the tests on every change in CI,bob,2001-01-02,planned,yes,"));
        assertThat(json).hasSize(2);
        assertThat(json.get(0).path("overdue").asBoolean()).isTrue();
        assertThat(json.get(0).path("questionId").asText()).isEqualTo("training-tests");
    }

    @Test
    void orgRollsUpEveryTeamForATerminalADocumentAScriptAndASpreadsheet() throws IOException {
        var profile = TestContent.resource("profile-online-critical.yml").toString();
        run("", "assess", "--team", "fraud", "--answers", TestContent.resource("teams/level-1-devops-no-mlops.yml").toString(),
                "--profile", profile);
        assess("fraud", "level-2-automated-training.yml");
        assess("search", "level-3-automated-deployment.yml");
        assess("churn, \"nightly\"", "level-0-notebook-poc.yml");

        var text = run("", "org", "--workspace", "local");
        var markdown = run("", "org", "--format", "markdown");
        var csv = run("", "org", "--format", "csv").out().split("\r\n");
        JsonNode json = Json.mapper().readTree(run("", "org", "--format", "json").out());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("3 teams assessed · 1 below their target")
                .containsPattern("fraud +2 +3 +1 ").contains("▲ 1").contains("What holds most teams back:")
                .contains("lifted by: ").contains("Weakest areas");
        assertThat(markdown.out()).contains("| team | level | target | gap |").contains("## What holds most teams back");
        assertThat(csv[0]).startsWith("team,level,target,gap,").endsWith(",last_assessed,change,open steps,overdue steps");
        assertThat(csv).hasSize(4).anySatisfy(line -> assertThat(line).startsWith("\"churn, \"\"nightly\"\"\",0,,"));
        assertThat(json.path("teams")).hasSize(3);
        assertThat(json.path("teams").get(0).path("team").asText()).isEqualTo("fraud");
        assertThat(json.path("teams").get(0).path("gap").asInt()).isEqualTo(1);
        assertThat(json.path("blockers").get(0).path("teams").size()).isPositive();
    }
}
