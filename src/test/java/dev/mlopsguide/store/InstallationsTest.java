package dev.mlopsguide.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Installations, OAuth states and uninstalled workspaces against a real database, on H2 and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"h2", "postgresql"})
@Tag(TestClock.TAG)
class InstallationsTest {

    private static final Instant NOW = TestClock.story("2026-11-27T10:00:00Z");

    @Parameter
    String engine;

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(NOW);
    private final byte[] key = TestKeys.random();
    private Store store;
    private Installations installations;

    @BeforeEach
    void open() {
        store = new Store(Database.open(TestDatabases.fresh(engine, temp)), clock, Store.CACHE_TTL, System::nanoTime);
        installations = store.installations(new TokenCipher(key, List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anInstallationComesBackWithItsTokensWhichTheDatabaseHoldsOnlySealed() throws Exception {
        installations.save(bot(null, "T1", "xoxb-one"), installer(null, "T1", "U1"));

        var found = installations.findBot(null, "T1").orElseThrow();
        assertThat(found.botToken()).isEqualTo("xoxb-one");
        assertThat(found.refreshToken()).isEqualTo("xoxe-refresh");
        assertThat(found.tokenExpiresAt()).isEqualTo(NOW.plusSeconds(43_200).toEpochMilli());
        assertThat(found.toString()).doesNotContain("xoxb-one").doesNotContain("xoxe");
        var person = installations.findInstaller(null, "T1", "U1").orElseThrow();
        assertThat(person.userToken()).isEqualTo("xoxp-U1");
        assertThat(person.webhookUrl()).isEqualTo("https://hooks.slack.test/U1");
        assertThat(installations.findInstaller(null, "T1", null)).contains(person);

        var raw = raw("SELECT bot_token, bot_refresh_token FROM slack_bot") + raw("SELECT user_token, "
                + "incoming_webhook_url FROM slack_installer");
        assertThat(raw).doesNotContain("xoxb").doesNotContain("xoxe").doesNotContain("xoxp").doesNotContain("hooks")
                .contains("v1:" + TokenCipher.keyId(key) + ":");
        assertThat(store.workspaceData().exists("T1")).isTrue();
    }

    @Test
    void aSealedTokenCopiedIntoAnotherWorkspacesRowDoesNotOpen() throws Exception {
        installations.save(bot(null, "T1", "xoxb-one"), installer(null, "T1", "U1"));
        installations.save(bot(null, "T2", "xoxb-two"), installer(null, "T2", "U2"));
        update("UPDATE slack_bot SET bot_token = (SELECT bot_token FROM slack_bot WHERE team_id = 'T1') WHERE team_id = 'T2'");

        assertThatThrownBy(() -> installations.findBot(null, "T2"))
                .isInstanceOf(TokenCipher.TokenCipherException.class).hasMessageContaining("slack_bot//T2");
    }

    @Test
    void anOrgWideInstallServesItsEnterpriseAndATeamIsFoundByItsIdAlone() {
        installations.save(bot("E1", "T1", "xoxb-grid-team"), installer("E1", "T1", "U1"));
        assertThat(installations.findBot("E1", "T1").orElseThrow().botToken()).isEqualTo("xoxb-grid-team");
        assertThat(installations.findBot(null, "T1").orElseThrow().botToken()).isEqualTo("xoxb-grid-team");

        var orgWide = new BotInstallation("E1", null, true, "A1", "Grid", "https://grid.enterprise.slack.test/", null,
                "B1", "UBOT", "commands", "xoxb-org", null, null, NOW);
        installations.save(orgWide, installer("E1", null, "U9"));
        assertThat(installations.findBot("E1", "T7").orElseThrow().botToken()).isEqualTo("xoxb-org");
        assertThat(installations.findBot("E2", "T7")).isEmpty();
        assertThat(installations.listBots()).extracting(Installations.Listed::enterpriseId, Installations.Listed::opens)
                .containsExactly(tuple("E1", true), tuple("E1", true));
    }

    @Test
    void deletingAnInstallationTakesEveryTokenAndAReinstallClearsTheUninstallMark() {
        installations.save(bot(null, "T1", "xoxb-one"), installer(null, "T1", "U1"));
        installations.save(bot(null, "T1", "xoxb-one"), installer(null, "T1", "U2"));
        assertThat(installations.deleteInstaller(null, "T1", "U2")).isTrue();
        assertThat(installations.deleteAll(null, "T1")).isEqualTo(2);
        assertThat(installations.findBot(null, "T1")).isEmpty();
        assertThat(installations.findInstaller(null, "T1", null)).isEmpty();

        store.workspaceData().markUninstalled("T1");
        clock.advance(Duration.ofDays(1));
        store.workspaceData().markUninstalled("T1");
        assertThat(store.workspaceData().uninstalledAt("T1")).contains(NOW);
        installations.save(bot(null, "T1", "xoxb-again"), installer(null, "T1", "U1"));
        assertThat(store.workspaceData().uninstalledAt("T1")).isEmpty();
    }

    @Test
    void rotationStoresNewTokensOnlyWhenTheRotationGivesThem() {
        installations.save(bot(null, "T1", "xoxb-old"), installer(null, "T1", "U1"));
        var stored = installations.findBot(null, "T1").orElseThrow();

        var untouched = installations.rotate(stored, current -> current).orElseThrow();
        assertThat(untouched.botToken()).isEqualTo("xoxb-old");
        var rotated = installations.rotate(stored, current -> current.withTokens("xoxb-new", "xoxe-new", 42L)).orElseThrow();
        assertThat(rotated.botToken()).isEqualTo("xoxb-new");
        assertThat(installations.findBot(null, "T1").orElseThrow())
                .satisfies(b -> assertThat(b.refreshToken()).isEqualTo("xoxe-new"))
                .satisfies(b -> assertThat(b.tokenExpiresAt()).isEqualTo(42L));
        installations.deleteBot(null, "T1");
        assertThat(installations.rotate(stored, current -> current.withTokens("x", "y", 1L))).isEmpty();
    }

    @Test
    void afterAKeyRotationOldTokensOpenAndReSealingMovesThemAllToTheNewKey() throws Exception {
        installations.save(bot(null, "T1", "xoxb-one"), installer(null, "T1", "U1"));
        var newKey = TestKeys.random();

        var rotating = store.installations(new TokenCipher(newKey, List.of(key)));
        assertThat(rotating.findBot(null, "T1").orElseThrow().botToken()).isEqualTo("xoxb-one");
        assertThat(rotating.resealWithCurrentKey()).isEqualTo(2);

        assertThat(raw("SELECT bot_token FROM slack_bot") + raw("SELECT user_token FROM slack_installer"))
                .doesNotContain(TokenCipher.keyId(key)).contains(TokenCipher.keyId(newKey));
        var rotated = store.installations(new TokenCipher(newKey, List.of()));
        assertThat(rotated.findBot(null, "T1").orElseThrow().botToken()).isEqualTo("xoxb-one");
        assertThat(rotated.findInstaller(null, "T1", "U1").orElseThrow().webhookUrl()).isEqualTo("https://hooks.slack.test/U1");
        assertThatThrownBy(() -> installations.findBot(null, "T1")).isInstanceOf(TokenCipher.TokenCipherException.class);
    }

    @Test
    void anOAuthStateIsGoodOnceAndOnlyUntilItExpires() {
        var states = store.oauthStates();
        states.issue("s1", Duration.ofMinutes(10));
        states.issue("s2", Duration.ofMinutes(10));

        assertThat(states.claim("s1")).isTrue();
        assertThat(states.claim("s1")).isFalse();
        assertThat(states.claim("never-issued")).isFalse();
        clock.advance(Duration.ofMinutes(10));
        assertThat(states.claim("s2")).isFalse();
    }

    @Test
    void onlyWorkspacesUninstalledBeforeTheCutoffAreDeleted() {
        for (var workspace : List.of("T1", "T2", "T3")) {
            store.teams().ensure(TeamKey.channel(workspace, "C1"), "#c1");
        }
        store.workspaceData().markUninstalled("T1");
        clock.advance(Duration.ofDays(10));
        store.workspaceData().markUninstalled("T2");

        assertThat(store.workspaceData().deleteUninstalledBefore(NOW.plus(Duration.ofDays(5)))).containsExactly("T1");
        assertThat(store.workspaceData().exists("T1")).isFalse();
        assertThat(store.workspaceData().exists("T2")).isTrue();
        assertThat(store.teams().inWorkspace("T3")).hasSize(1);
    }

    @Test
    void aDataRequestThatDeletesAWorkspaceDeletesItsTokensToo() {
        installations.save(bot(null, "T1", "xoxb-one"), installer(null, "T1", "U1"));
        installations.save(bot(null, "T2", "xoxb-two"), installer(null, "T2", "U2"));

        assertThat(store.workspaceData().delete("T1")).contains(new WorkspaceData.Deleted(0, 0, 0, 2));
        assertThat(installations.findBot(null, "T1")).isEmpty();
        assertThat(installations.findBot(null, "T2")).isPresent();
    }

    private BotInstallation bot(String enterpriseId, String teamId, String token) {
        return new BotInstallation(enterpriseId, teamId, false, "A1", enterpriseId == null ? null : "Grid", null,
                "Workspace " + teamId, "B1", "UBOT", "commands,chat:write", token, "xoxe-refresh",
                NOW.plusSeconds(43_200).toEpochMilli(), NOW);
    }

    private static InstallerRecord installer(String enterpriseId, String teamId, String userId) {
        return new InstallerRecord(enterpriseId, teamId, userId, "", "xoxp-" + userId, null, null,
                "https://hooks.slack.test/" + userId, "C1", "https://slack.test/config", NOW);
    }

    private String raw(String query) throws Exception {
        try (var connection = store.database().dataSource().getConnection();
             var rs = connection.createStatement().executeQuery(query)) {
            var all = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    all.append(rs.getString(i)).append('\n');
                }
            }
            return all.toString();
        }
    }

    private void update(String statement) throws Exception {
        try (var connection = store.database().dataSource().getConnection()) {
            connection.createStatement().executeUpdate(statement);
        }
    }
}
