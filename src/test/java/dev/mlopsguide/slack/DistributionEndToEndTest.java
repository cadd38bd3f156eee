package dev.mlopsguide.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.config.EncryptionKeys;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackUser;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.slack.blocks.ThreadBlocks;
import dev.mlopsguide.slack.delivery.SlackPacer;
import dev.mlopsguide.slack.webapi.RetryPolicy;
import dev.mlopsguide.store.Database;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TestClock;
import dev.mlopsguide.store.TestKeys;
import dev.mlopsguide.store.TokenCipher;
import dev.mlopsguide.team.TeamAssessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app distributed to many workspaces, over real HTTP: installs through the install page and the OAuth redirect
 * (Slack's side played by the fake), tokens sealed in the database, rotation, revocation and uninstall.
 */
class DistributionEndToEndTest {

    static final String CLIENT_ID = "1234.5678";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SlackUser CAROL = new SlackUser("T0NEW", "UCAROL", "carol", "CDATA", "data-science");

    @TempDir
    Path temp;

    private final byte[] key = TestKeys.random();
    // Bolt dates the tokens of an installation by the wall clock, so the app's clock starts from it here.
    private final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private FakeSlack slack;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlack.start(0);
        var store = new Store(Database.open(DatabaseSettings.h2(temp.resolve("data"))), clock, Store.CACHE_TTL,
                System::nanoTime);
        app = RunningApp.on(slack, store, clock, settings(slack, key), new Application.Timing(Duration.ofMillis(50),
                SlackPacer.slack()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        slack.close();
    }

    static SlackSettings settings(FakeSlack slack, byte[] key) {
        return new SlackSettings(RunningApp.SIGNING_SECRET, new Distribution(CLIENT_ID, "client-secret", Optional.empty(),
                Distribution.DEFAULT_SCOPES, new EncryptionKeys(key, List.of())), slack.apiUrl(), "127.0.0.1", 0, Duration.ofDays(30));
    }

    @Test
    void anInstallFromTheInstallPageStoresASealedInstallationAndItsWorkspaceIsServedWithItsToken() throws Exception {
        var start = get(AppServer.INSTALL_START_PATH, null);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .contains("client_id=" + CLIENT_ID).contains("scope=commands%2Cchat%3Awrite%2Capp_mentions%3Aread"));

        var token = install(app, slack, CAROL.workspaceId(), "New Workspace");

        assertThat(token).startsWith("xoxb-T0NEW-");
        assertThat(rawColumn("SELECT bot_token FROM slack_bot WHERE team_id = 'T0NEW'"))
                .startsWith("v1:").doesNotContain(token).doesNotContain("xoxb");
        assertThat(app.store.installations(new TokenCipher(key, List.of())).findBot(null, "T0NEW").orElseThrow().botToken())
                .isEqualTo(token);
        assertThatThrownBy(() -> app.store.installations(new TokenCipher(TestKeys.random(), List.of())).findBot(null, "T0NEW"))
                .isInstanceOf(TokenCipher.TokenCipherException.class).hasMessageContaining("neither the current");
        assertThat(app.store.workspaceData().exists("T0NEW")).isTrue();

        assertThat(app.driver.command(CAROL, "").status()).isEqualTo(200);
        assertThat(slack.await("views.open", 1).get(0).token()).isEqualTo(token);
        // Requests from a workspace where the app is not installed are not served.
        var stranger = new SlackUser("T0STRANGER", "USTRANGER", "stranger", "CX", "x");
        assertThat(app.driver.event(stranger.workspaceId(), homeOpened(stranger), "Ev-stranger", 0).status()).isEqualTo(401);
    }

    @Test
    void aBadExpiredOrReplayedStateIsRefusedAndInstallsNothing() throws Exception {
        var state = startInstall();
        var code = slack.authorizationCode("T0NEW", "New Workspace", "UINSTALLER");

        var noCookie = get(AppServer.REDIRECT_PATH + "?code=" + code + "&state=" + state, null);
        var otherBrowser = get(AppServer.REDIRECT_PATH + "?code=" + code + "&state=" + state, cookie("not-" + state));
        var forged = get(AppServer.REDIRECT_PATH + "?code=" + code + "&state=forged", cookie("forged"));
        assertThat(List.of(noCookie, otherBrowser, forged)).allSatisfy(reply -> {
            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(reply.body()).contains("This installation link has expired").contains(AppServer.INSTALL_PATH);
        });
        assertThat(slack.calls("oauth.v2.access")).isEmpty();

        var first = get(AppServer.REDIRECT_PATH + "?code=" + code + "&state=" + state, cookie(state));
        var replay = get(AppServer.REDIRECT_PATH + "?code=" + code + "&state=" + state, cookie(state));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(slack.calls("oauth.v2.access")).hasSize(1);

        var expired = startInstall();
        clock.advance(Duration.ofMinutes(11));
        assertThat(get(AppServer.REDIRECT_PATH + "?code=" + slack.authorizationCode("T0LATE", "Late", "U1")
                + "&state=" + expired, cookie(expired)).statusCode()).isEqualTo(400);

        var cancelled = get(AppServer.REDIRECT_PATH + "?error=access_denied&state=" + startInstall(), null);
        assertThat(cancelled.body()).contains("Installation cancelled");
        var refusedState = startInstall();
        var refused = get(AppServer.REDIRECT_PATH + "?code=made-up&state=" + refusedState, cookie(refusedState));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Slack refused the installation").contains("<code>invalid_code</code>");
        assertThat(rawColumn("SELECT COUNT(*) FROM slack_bot")).isEqualTo("1");
    }

    @Test
    void theInstallPageMakesNoStateUntilThePersonClicksAddToSlack() throws Exception {
        for (int i = 0; i < 20; i++) {
            var page = get(AppServer.INSTALL_PATH, null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("href=\"" + AppServer.INSTALL_START_PATH + "\"").contains("Add to Slack");
            assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        }
        assertThat(rawColumn("SELECT COUNT(*) FROM oauth_state")).isEqualTo("0");

        var start = get(AppServer.INSTALL_START_PATH, null);

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("oauth/v2/authorize").contains("state=" + stateCookie(start)));
        assertThat(rawColumn("SELECT COUNT(*) FROM oauth_state")).isEqualTo("1");
    }

    @Test
    void aTokenAboutToExpireIsRotatedOnceAndTheNewOneIsUsed() throws Exception {
        slack.rotateTokens(Duration.ofMinutes(30));
        var first = install(app, slack, CAROL.workspaceId(), "New Workspace");
        var sealedBefore = rawColumn("SELECT bot_refresh_token FROM slack_bot WHERE team_id = 'T0NEW'");
        assertThat(sealedBefore).startsWith("v1:").doesNotContain("xoxe");

        app.driver.command(CAROL, "");
        var opened = slack.await("views.open", 1).get(0);

        var refresh = slack.calls("oauth.v2.access").get(1);
        assertThat(refresh.params()).containsEntry("grant_type", "refresh_token").containsKey("refresh_token");
        assertThat(opened.token()).isNotEqualTo(first).isEqualTo(JSON.readTree(refresh.response()).path("access_token").asText());
        var stored = app.store.installations(new TokenCipher(key, List.of())).findBot(null, "T0NEW").orElseThrow();
        assertThat(stored.botToken()).isEqualTo(opened.token());
        assertThat(stored.tokenExpiresAt()).isEqualTo(clock.millis() + Duration.ofMinutes(30).toMillis());

        // The token it got lives 30 minutes too, inside the rotation window: the next request rotates again.
        slack.rotateTokens(Duration.ofHours(12));
        app.driver.command(CAROL, "");
        slack.await("views.open", 2);
        app.driver.command(CAROL, "");
        slack.await("views.open", 3);
        assertThat(slack.calls("oauth.v2.access")).hasSize(3);
    }

    @Test
    void noTokenOrSecretEverReachesTheLogs() throws Exception {
        var secrets = new ArrayList<>(List.of("client-secret", RunningApp.SIGNING_SECRET));
        List<String> lines;
        try (var logs = new LogCapture()) {
            slack.rotateTokens(Duration.ofMinutes(30));
            install(app, slack, CAROL.workspaceId(), "New Workspace");
            app.driver.command(CAROL, "");
            slack.await("views.open", 1);
            for (var issued : slack.calls("oauth.v2.access")) {
                var answer = JSON.readTree(issued.response());
                secrets.add(answer.path("access_token").asText());
                secrets.add(answer.path("refresh_token").asText());
            }
            lines = logs.lines();
        }

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(secrets));
    }

    @Test
    void revokedTokensAreDeletedAtOnceAndTheWorkspaceIsToldToReinstall() throws Exception {
        install(app, slack, CAROL.workspaceId(), "New Workspace");
        var event = JsonNodeFactory.instance.objectNode().put("type", "tokens_revoked");
        event.putObject("tokens").putArray("bot").add(FakeSlack.BOT_USER);

        assertThat(app.driver.event("T0NEW", event, "Ev-revoked", 0).status()).isEqualTo(200);

        assertThat(rawColumn("SELECT COUNT(*) FROM slack_bot")).isEqualTo("0");
        assertThat(app.driver.command(CAROL, "").status()).isEqualTo(200);
        var guide = slack.await("response_url", 1).get(0);
        assertThat(guide.params().get("body")).contains("not installed in this workspace");
        assertThat(slack.calls("views.open")).isEmpty();
    }

    @Test
    void anUninstalledWorkspaceKeepsItsDataForTheGracePeriodUnlessItInstallsAgain() throws Exception {
        install(app, slack, "T0NEW", "New Workspace");
        install(app, slack, "T0GONE", "Gone Workspace");
        for (var workspace : List.of("T0NEW", "T0GONE")) {
            var team = app.store.teams().ensure(TeamKey.channel(workspace, "CDATA"), "#data");
            new TeamAssessor(new Assessor(TestContent.bundled()), app.store.profiles(), app.store.assessments()).assess(team,
                    TestContent.team("level-2-automated-training.yml"), Optional.empty(), "U1", AssessmentMode.MODAL, Map.of());
        }
        for (var workspace : List.of("T0NEW", "T0GONE")) {
            app.driver.event(workspace, JsonNodeFactory.instance.objectNode().put("type", "app_uninstalled"),
                    "Ev-uninstalled-" + workspace, 0);
        }
        assertThat(rawColumn("SELECT COUNT(*) FROM slack_bot")).isEqualTo("0");
        assertThat(rawColumn("SELECT COUNT(*) FROM slack_installer")).isEqualTo("0");
        assertThat(app.store.workspaceData().uninstalledAt("T0GONE")).contains(clock.instant());

        clock.advance(Duration.ofDays(29));
        install(app, slack, "T0NEW", "New Workspace");
        assertThat(app.store.workspaceData().uninstalledAt("T0NEW")).isEmpty();

        clock.advance(Duration.ofDays(1).plusHours(2));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (app.store.workspaceData().exists("T0GONE")) {
            assertThat(System.nanoTime()).as("purged in time").isLessThan(deadline);
            // The hourly purge reschedules itself an hour after it finished; a run that finished after the clock
            // jumped is due an hour later, so time moves on an hour at a time until it comes.
            clock.advance(Duration.ofHours(1));
            app.service.checkDigestsNow();
            Thread.sleep(50);
        }
        assertThat(app.store.teams().inWorkspace("T0GONE")).isEmpty();
        assertThat(app.store.teams().inWorkspace("T0NEW")).hasSize(1);
    }

    @Test
    void theWeeklyDigestGoesOutWithItsWorkspacesRotatedToken() throws Exception {
        slack.rotateTokens(Duration.ofHours(12));
        var installed = install(app, slack, CAROL.workspaceId(), "New Workspace");
        var team = app.store.teams().ensure(TeamKey.channel(CAROL.workspaceId(), CAROL.channelId()), "#data-science");
        new TeamAssessor(new Assessor(TestContent.bundled()), app.store.profiles(), app.store.assessments()).assess(team,
                TestContent.team("level-2-automated-training.yml"), Optional.empty(), CAROL.userId(), AssessmentMode.MODAL, Map.of());
        app.driver.command(CAROL, "digest on");
        slack.await("response_url", c -> c.params().get("body").contains("Subscribed"), 1, Duration.ofSeconds(10));

        // A week later no request has come from the workspace, and its token expired long ago.
        clock.advance(Duration.ofDays(8));
        app.service.checkDigestsNow();

        var posted = slack.await("chat.postMessage", c -> c.params().get("text").startsWith("MLOps digest"), 1,
                Duration.ofSeconds(20)).get(0);
        assertThat(posted.params()).containsEntry("channel", CAROL.channelId());
        assertThat(posted.token()).isNotEqualTo(installed)
                .isEqualTo(JSON.readTree(slack.calls("oauth.v2.access").get(1).response()).path("access_token").asText());
    }

    /** Goes through the install page and Slack's redirect; returns the bot token Slack issued. */
    @Test
    void aTeamThreadAnswersOnlyClicksFromItsWorkspaceOnTheQuestionsOwnMessage() throws Exception {
        install(app, slack, CAROL.workspaceId(), "New Workspace");
        install(app, slack, "T0EVE", "Eve's Workspace");
        app.driver.command(CAROL, "team");
        var first = slack.await("chat.postMessage", c -> c.params().containsKey("thread_ts"), 1,
                Duration.ofSeconds(10)).get(0);
        var rootTs = first.params().get("thread_ts");
        var messageTs = SlackFlows.postedTs(first);
        var question = SlackFlows.questionOf(first);
        var option = TestContent.bundled().questionnaire().question(question).orElseThrow().options().get(0).id();
        var otherQuestion = TestContent.bundled().questionnaire().questions().stream().map(q -> q.id())
                .filter(id -> !id.equals(question)).findFirst().orElseThrow();
        var eve = new SlackUser("T0EVE", "UEVE", "eve", CAROL.channelId(), CAROL.channelName());

        app.driver.messageButton(eve, ThreadBlocks.ANSWER_ACTION_PREFIX + 0, question + "|" + option, messageTs, rootTs);
        app.driver.messageButton(CAROL, ThreadBlocks.ANSWER_ACTION_PREFIX + 0, otherQuestion + "|x", messageTs, rootTs);
        app.driver.messageButton(eve, ThreadBlocks.FINISH_ACTION, "finish", rootTs, null);

        var notes = slack.await("response_url", c -> c.params().get("body").contains("no longer know about"), 3,
                Duration.ofSeconds(10));
        assertThat(notes).hasSize(3);
        var flow = app.store.channelFlows().find(CAROL.channelId(), rootTs).orElseThrow();
        assertThat(app.store.channelFlows().answers(flow.id())).isEmpty();
        assertThat(app.store.channelFlows().find(CAROL.channelId(), rootTs)).isPresent();
    }

    static String install(RunningApp app, FakeSlack slack, String teamId, String teamName) throws Exception {
        return install(app, app, slack, teamId, teamName);
    }

    /** An install whose page one app serves and whose redirect (the load balancer's choice) reaches another. */
    static String install(RunningApp start, RunningApp finish, FakeSlack slack, String teamId, String teamName)
            throws Exception {
        var state = stateCookie(get(start, AppServer.INSTALL_START_PATH, null));
        var code = slack.authorizationCode(teamId, teamName, "UINSTALLER");
        var done = get(finish, AppServer.REDIRECT_PATH + "?code=" + code + "&state=" + state, cookie(state));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("MLOps Guide is installed");
        var calls = slack.calls("oauth.v2.access");
        return JSON.readTree(calls.get(calls.size() - 1).response()).path("access_token").asText();
    }

    private String startInstall() throws Exception {
        return stateCookie(get(AppServer.INSTALL_START_PATH, null));
    }

    private static String stateCookie(HttpResponse<String> page) {
        var cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    private static String cookie(String state) {
        return "slack-app-oauth-state=" + state;
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return get(app, path, cookie);
    }

    private static HttpResponse<String> get(RunningApp app, String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.service.port() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String rawColumn(String query) throws Exception {
        try (var connection = app.store.database().dataSource().getConnection();
             var rs = connection.createStatement().executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode homeOpened(SlackUser user) {
        return JsonNodeFactory.instance.objectNode().put("type", "app_home_opened").put("user", user.userId())
                .put("channel", "D" + user.userId()).put("tab", "home");
    }
}