package dev.mlopsguide.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    void httpModeNeedsASigningSecretAndABotToken() {
        var settings = SlackSettings.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "s3cret", "SLACK_BOT_TOKEN", "xoxb-1"));

        assertThat(settings.socketMode()).isFalse();
        assertThat(settings.port()).isEqualTo(3000);
        assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("xoxb-1");
    }

    @Test
    void socketModeNeedsNoSigningSecret() {
        var settings = SlackSettings.fromEnvironment(Map.of("SLACK_APP_TOKEN", "xapp-1", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_API_URL", "http://127.0.0.1:9999/api", "MLOPS_GUIDE_PORT", "8080"));

        assertThat(settings.socketMode()).isTrue();
        assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
        assertThat(settings.port()).isEqualTo(8080);
    }

    @Test
    void eachMissingOrMalformedSettingIsNamed() {
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageStartingWith("SLACK_SIGNING_SECRET: is not set");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "s")))
                .hasMessageStartingWith("SLACK_BOT_TOKEN: is not set");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxp-user")))
                .hasMessageStartingWith("SLACK_BOT_TOKEN: must start with 'xoxb-'");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxb-1",
                "MLOPS_GUIDE_PORT", "http")))
                .hasMessageStartingWith("MLOPS_GUIDE_PORT: must be a port number");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_API_URL", "slack.com")))
                .hasMessageStartingWith("SLACK_API_URL: must be an http(s) URL");
    }

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void distributionNeedsTheClientCredentialsAndAnEncryptionKeyButNoBotToken() {
        var settings = SlackSettings.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "s3cret", "SLACK_CLIENT_ID", "1.2",
                "SLACK_CLIENT_SECRET", "client-s3cret", "MLOPS_GUIDE_ENCRYPTION_KEY", KEY,
                "MLOPS_GUIDE_PREVIOUS_ENCRYPTION_KEYS", " " + KEY.replace('A', 'B') + ", ",
                "MLOPS_GUIDE_UNINSTALL_GRACE_DAYS", "7"));

        var distribution = settings.distribution().orElseThrow();
        assertThat(settings.botToken()).isEmpty();
        assertThat(distribution.clientId()).isEqualTo("1.2");
        assertThat(distribution.scopes()).isEqualTo(Distribution.DEFAULT_SCOPES);
        assertThat(distribution.keys().current()).hasSize(32);
        assertThat(distribution.keys().previous()).hasSize(1);
        assertThat(settings.uninstallGrace()).hasDays(7);
        assertThat(settings.toString()).contains("client 1.2").doesNotContain("client-s3cret").doesNotContain(KEY)
                .doesNotContain("s3cret");
    }

    @Test
    void distributionRefusesToStartWithoutAGoodKeyOrWithAMixOfModes() {
        var base = Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "c");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(base))
                .hasMessageStartingWith("MLOPS_GUIDE_ENCRYPTION_KEY: is not set").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(with(base, "MLOPS_GUIDE_ENCRYPTION_KEY", "not base64!")))
                .hasMessageStartingWith("MLOPS_GUIDE_ENCRYPTION_KEY: is not base64");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(with(base, "MLOPS_GUIDE_ENCRYPTION_KEY", "c2hvcnQ=")))
                .hasMessageStartingWith("MLOPS_GUIDE_ENCRYPTION_KEY: must be 32 bytes in base64, not 5");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "1.2")))
                .hasMessageStartingWith("SLACK_CLIENT_SECRET: is not set");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(with(with(base, "MLOPS_GUIDE_ENCRYPTION_KEY", KEY),
                "SLACK_BOT_TOKEN", "xoxb-1"))).hasMessageStartingWith("SLACK_BOT_TOKEN: is set together with SLACK_CLIENT_ID");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(with(with(base, "MLOPS_GUIDE_ENCRYPTION_KEY", KEY),
                "SLACK_REDIRECT_URI", "example.com/slack"))).hasMessageStartingWith("SLACK_REDIRECT_URI: must be the https URL");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_BOT_TOKEN", "xoxb-1",
                "MLOPS_GUIDE_UNINSTALL_GRACE_DAYS", "-1"))).hasMessageStartingWith("MLOPS_GUIDE_UNINSTALL_GRACE_DAYS: must be a number of days");
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        var copy = new java.util.HashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    @Test
    void theScopesATokenLacksAreReadFromSlacksHeaderAndNothingIsJudgedWithoutIt() {
        var granted = Map.of("x-oauth-scopes", List.of(String.join(", ", Distribution.DEFAULT_SCOPES.subList(0, 3))));

        assertThat(Distribution.missingScopes(granted)).isEqualTo(Distribution.DEFAULT_SCOPES.subList(3,
                Distribution.DEFAULT_SCOPES.size()));
        assertThat(Distribution.missingScopes(Map.of("X-OAuth-Scopes", Distribution.DEFAULT_SCOPES))).isEmpty();
        assertThat(Distribution.missingScopes(Map.of())).isEmpty();
        assertThat(Distribution.missingScopes(null)).isEmpty();
    }
}
