package dev.mlopsguide.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
