package dev.mlopsguide.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.slack.api.model.manifest.AppManifest;
import com.slack.api.util.json.GsonFactory;
import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.slack.listeners.commands.MlopsAssessCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** The checked-in manifests parse into the Slack SDK's manifest model and ask for what the app handles. */
class ManifestTest {

    @ParameterizedTest
    @ValueSource(strings = {"manifest.yml", "manifest-socket-mode.yml", "manifest-distributed.yml"})
    void theManifestDeclaresTheCommandEventsAndMinimalScopes(String file) throws IOException {
        var manifest = parse(Path.of("manifests/slack", file));

        assertThat(manifest.getFeatures().getSlashCommands()).singleElement()
                .satisfies(c -> assertThat(c.getCommand()).isEqualTo(MlopsAssessCommand.COMMAND));
        assertThat(manifest.getSettings().getEventSubscriptions().getBotEvents()).containsExactlyInAnyOrder(
                "app_home_opened", "app_mention", "message.im", "message.channels", "message.groups", "app_uninstalled",
                "tokens_revoked", "channel_rename", "group_rename", "assistant_thread_started",
                "assistant_thread_context_changed");
        // The SDK's manifest model predates the assistant pane: its switch is read from the YAML itself.
        Map<String, Map<String, Map<String, Object>>> yaml = new Yaml().load(Files.readString(Path.of("manifests/slack", file)));
        assertThat(yaml.get("features").get("assistant_view")).containsKey("assistant_description");
        assertThat(manifest.getOauthConfig().getScopes().getBot())
                .containsExactlyInAnyOrderElementsOf(Distribution.DEFAULT_SCOPES);
        // Only the app that rotates tokens itself, the distributed one, may turn rotation on.
        boolean distributed = file.contains("distributed");
        assertThat(manifest.getSettings().getTokenRotationEnabled()).isEqualTo(distributed);
        if (distributed) {
            assertThat(manifest.getOauthConfig().getRedirectUrls()).singleElement()
                    .satisfies(url -> assertThat(url).endsWith(AppServer.REDIRECT_PATH));
        }
        assertThat(manifest.getSettings().getInteractivity().getIsEnabled()).isTrue();
        assertThat(manifest.getFeatures().getAppHome().getHomeTabEnabled()).isTrue();
        boolean socketMode = file.contains("socket");
        assertThat(manifest.getSettings().getSocketModeEnabled()).isEqualTo(socketMode);
        if (!socketMode) {
            assertThat(manifest.getSettings().getEventSubscriptions().getRequestUrl()).endsWith(AppServer.EVENTS_PATH);
            assertThat(manifest.getSettings().getInteractivity().getRequestUrl()).endsWith(AppServer.EVENTS_PATH);
            assertThat(manifest.getFeatures().getSlashCommands().get(0).getUrl()).endsWith(AppServer.EVENTS_PATH);
        } else {
            assertThat(manifest.getSettings().getEventSubscriptions().getRequestUrl()).isNull();
        }
    }

    private static AppManifest parse(Path file) throws IOException {
        Map<String, Object> yaml = new Yaml().load(Files.readString(file));
        var json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(yaml);
        return GsonFactory.createSnakeCase().fromJson(json, AppManifest.class);
    }
}
