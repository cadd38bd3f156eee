package dev.mlopsguide.slack;

import static dev.mlopsguide.slack.RunningApp.ALICE;
import static dev.mlopsguide.slack.RunningApp.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackUser;
import dev.mlopsguide.store.TeamKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /mlops-assess org}: every team at a glance for those who may see it, with its heat map; a refusal for others. */
class OrgEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final SlackUser CAROL = new SlackUser(FakeSlack.WORKSPACE, "UCAROL", "carol", "CDATASCI", "data-science");

    @TempDir
    Path temp;

    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = RunningApp.start(temp.resolve("data"));
        var files = List.of("level-1-devops-no-mlops.yml", "level-2-automated-training.yml", "level-3-automated-deployment.yml");
        for (int i = 0; i < files.size(); i++) {
            var team = app.store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, "CTEAM" + i), "#team-" + i);
            app.application.teamAssessor().assess(team, TestContent.team(files.get(i)), Optional.empty(), ALICE.userId(),
                    AssessmentMode.MODAL, Map.of());
        }
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void aWorkspaceAdminGetsEveryTeamsTableAndTheHeatMapInADirectMessage() throws Exception {
        assertThat(app.driver.command(ALICE, "org").body()).contains("Rolling up every team");

        var reply = app.slack.await("response_url", c -> c.params().get("body").contains("Every team at a glance"), 1, WAIT)
                .get(0).params().get("body");
        assertThat(reply).contains("#team-0").contains("#team-2").contains("3 teams assessed")
                .contains("What holds most teams back").contains("heat map is in your messages with me");
        var upload = app.slack.await("files.completeUploadExternal", 1).get(0);
        assertThat(upload.params().get("channel_id")).isEqualTo("D" + ALICE.userId());
        assertThat(app.slack.await("files.getUploadURLExternal", 1).get(0).params().get("alt_txt"))
                .startsWith("Heat map of the MLOps maturity level of 3 teams by area.");
    }

    @Test
    void othersAreToldWhoCanSeeItUntilAnAdminLetsTheirChannelOrGroupIn() throws Exception {
        app.driver.command(BOB, "org");
        app.slack.await("response_url", c -> c.params().get("body").contains("user group they choose"), 1, WAIT);
        assertThat(app.slack.calls("files.completeUploadExternal")).isEmpty();

        app.driver.command(ALICE, "settings admins <#" + ALICE.channelId() + "|ml-platform>");
        app.slack.await("response_url", c -> c.params().get("body").contains("now shown to"), 1, WAIT);
        app.driver.command(BOB, "org");
        app.slack.await("response_url", c -> c.params().get("body").contains("3 teams assessed"), 1, WAIT);

        app.driver.command(ALICE, "settings admins <!subteam^SPLATFORM|@platform>");
        app.slack.await("response_url", c -> c.params().get("body").contains("subteam^SPLATFORM"), 1, WAIT);
        app.driver.command(CAROL, "org");
        app.slack.await("response_url", c -> c.params().get("body").contains("3 teams assessed")
               , 2, WAIT);
        assertThat(app.slack.calls("usergroups.users.list")).isNotEmpty();
    }

    @Test
    void theAppHomeOfAnAdminHasASectionOnEveryTeamAndOthersDoNot() throws Exception {
        app.driver.openHome(ALICE, "Ev-home-alice");
        app.driver.openHome(BOB, "Ev-home-bob");

        var homes = app.slack.await("views.publish", 2);
        var alice = homes.stream().filter(c -> c.params().get("user_id").equals(ALICE.userId())).findFirst().orElseThrow();
        var bob = homes.stream().filter(c -> c.params().get("user_id").equals(BOB.userId())).findFirst().orElseThrow();
        assertThat(alice.json("view").toString()).contains("Every team of the workspace").contains("3 teams assessed");
        assertThat(bob.json("view").toString()).doesNotContain("Every team of the workspace");
    }
}
