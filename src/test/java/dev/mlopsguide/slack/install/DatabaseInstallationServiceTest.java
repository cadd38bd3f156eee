package dev.mlopsguide.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.config.EncryptionKeys;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.slack.webapi.RetryPolicy;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.slack.webapi.SlackClients;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import dev.mlopsguide.store.TestKeys;
import dev.mlopsguide.store.TokenCipher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bolt's view of our installation store: what it saves and finds, org-wide installs, the cache, and rotation. */
@Tag(TestClock.TAG)
class DatabaseInstallationServiceTest {

    private static final Instant NOW = TestClock.story("2026-11-27T10:00:00Z");

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(NOW);
    private final byte[] key = TestKeys.random();
    private FakeSlack slack;
    private Store store;
    private DatabaseInstallationService service;

    @BeforeEach
    void open() throws Exception {
        slack = FakeSlack.start(0);
        store = Store.open(DatabaseSettings.h2(temp), clock);
        var distribution = new Distribution("1.2", "client-secret", Optional.empty(), Distribution.DEFAULT_SCOPES,
                new EncryptionKeys(key, List.of()));
        service = new DatabaseInstallationService(store.installations(new TokenCipher(key, List.of())), distribution,
                SlackClients.forApi(slack.apiUrl()).methods(), SlackCalls.counted(RetryPolicy.standard(), new Metrics()),
                clock);
    }

    @AfterEach
    void close() {
        store.close();
        slack.close();
    }

    @Test
    void anOrgWideInstallServesEveryWorkspaceOfItsEnterpriseAndIsDeletedWithIt() {
        service.saveInstallerAndBot(installer("E1", "T1", true, "xoxb-org", null, null));

        var bot = service.findBot("E1", "T7");
        assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-org");
        assertThat(bot.getTeamId()).isNull();
        assertThat(bot.getIsEnterpriseInstall()).isTrue();
        assertThat(service.findInstaller("E1", "T7", "UINSTALLER").getInstallerUserId()).isEqualTo("UINSTALLER");
        assertThat(service.findBot(null, "T7")).isNull();

        service.deleteAll("E1", null);
        assertThat(service.findBot("E1", "T7")).isNull();
    }

    @Test
    void boltNeverSeesARefreshTokenSoOnlyThisStoreRotates() {
        service.saveInstallerAndBot(installer(null, "T1", false, "xoxb-one", "xoxe-1", NOW.plus(Duration.ofHours(12))));

        var bot = service.findBot(null, "T1");
        assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-one");
        assertThat(bot.getBotRefreshToken()).isNull();
        assertThat(service.forWorkspace("T1")).contains("xoxb-one");
        assertThat(slack.calls("oauth.v2.access")).isEmpty();
    }

    @Test
    void lookupsAreCachedAndEveryChangeMadeHereDropsTheCache() throws Exception {
        service.saveInstallerAndBot(installer(null, "T1", false, "xoxb-one", null, null));
        assertThat(service.forWorkspace("T1")).contains("xoxb-one");

        // Another replica's change is seen once the cache expires; this replica's own changes, at once.
        try (var connection = store.database().dataSource().getConnection()) {
            connection.createStatement().executeUpdate("DELETE FROM slack_bot");
        }
        assertThat(service.forWorkspace("T1")).contains("xoxb-one");
        service.revoke(null, "T1", List.of(), true);
        assertThat(service.forWorkspace("T1")).isEmpty();

        service.saveInstallerAndBot(installer(null, "T1", false, "xoxb-again", null, null));
        assertThat(service.forWorkspace("T1")).contains("xoxb-again");
    }

    @Test
    void aRefusedRotationKeepsTheCurrentTokenAndIsTriedAgainAMinuteLater() {
        service.saveInstallerAndBot(installer(null, "T1", false, "xoxb-one", "xoxe-unknown-to-slack",
                NOW.plus(Duration.ofMinutes(30))));

        assertThat(service.forWorkspace("T1")).contains("xoxb-one");
        assertThat(service.forWorkspace("T1")).contains("xoxb-one");
        assertThat(slack.calls("oauth.v2.access")).singleElement()
                .satisfies(call -> assertThat(call.outcome()).isEqualTo("invalid_refresh_token"));

        clock.advance(DatabaseInstallationService.RETRY_ROTATION_AFTER.plusSeconds(1));
        assertThat(service.forWorkspace("T1")).contains("xoxb-one");
        assertThat(slack.calls("oauth.v2.access")).hasSize(2);
    }

    @Test
    void onlyTheLatestInstallationIsKept() {
        assertThat(service.isHistoricalDataEnabled()).isFalse();
        assertThatThrownBy(() -> service.setHistoricalDataEnabled(true)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> service.saveInstallerAndBot(installer(null, "T1", false, null, null, null)))
                .hasMessageContaining("did not grant a bot token");
    }

    private static DefaultInstaller installer(String enterpriseId, String teamId, boolean orgWide, String token,
                                              String refresh, Instant expiresAt) {
        return DefaultInstaller.builder().appId("A1").enterpriseId(enterpriseId).enterpriseName("Grid").teamId(teamId)
                .teamName("Workspace").isEnterpriseInstall(orgWide).installerUserId("UINSTALLER").botId("B1")
                .botUserId("UBOT").botScope("commands").botAccessToken(token).botRefreshToken(refresh)
                .botTokenExpiresAt(expiresAt == null ? null : expiresAt.toEpochMilli()).installedAt(NOW.toEpochMilli())
                .build();
    }
}
