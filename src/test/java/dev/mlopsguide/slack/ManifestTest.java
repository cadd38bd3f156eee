package dev.mlopsguide.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.slack.api.model.manifest.AppManifest;
import com.slack.api.util.json.GsonFactory;
import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.slack.flows.WorkflowSteps;
import dev.mlopsguide.slack.listeners.commands.MlopsAssessCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        boolean distributed = file.contains("distributed");
        var events = new ArrayList<>(List.of("app_home_opened", "app_mention", "message.im", "message.channels",
                "message.groups", "app_uninstalled", "tokens_revoked", "channel_rename", "group_rename",
                "assistant_thread_started", "assistant_thread_context_changed"));
        if (!distributed) {
            events.add("function_executed");
        }
        assertThat(manifest.getSettings().getEventSubscriptions().getBotEvents()).containsExactlyInAnyOrderElementsOf(events);
        // The SDK's manifest model predates the assistant pane: its switch is read from the YAML itself.
        Map<String, Map<String, Map<String, Object>>> yaml = new Yaml().load(Files.readString(Path.of("manifests/slack", file)));
        assertThat(yaml.get("features").get("assistant_view")).containsKey("assistant_description");
        assertThat(manifest.getOauthConfig().getScopes().getBot())
                .containsExactlyInAnyOrderElementsOf(Distribution.DEFAULT_SCOPES);
        // Only the app that rotates tokens itself, the distributed one, may turn rotation on.
        assertThat(manifest.getSettings().getTokenRotationEnabled()).isEqualTo(distributed);
        if (distributed) {
            assertThat(manifest.getOauthConfig().getRedirectUrls()).singleElement()
                    .satisfies(url -> assertThat(url).endsWith(AppServer.REDIRECT_PATH));
        }
        assertThat(manifest.getSettings().getInteractivity().getIsEnabled()).isTrue();
        assertThat(manifest.getFeatures().getAppHome().getHomeTabEnabled()).isTrue();
        // The workflow step needs an org-ready app, installed at the organisation's level: the single-workspace
        // manifests have it; the distributed one, whose data is kept by workspace, does not.
        Map<String, Object> functions = new Yaml().<Map<String, Map<String, Object>>>load(Files.readString(
                Path.of("manifests/slack", file))).get("functions");
        assertThat(manifest.getSettings().getOrgDeployEnabled()).isEqualTo(!distributed);
        if (distributed) {
            assertThat(functions).isNull();
        } else {
            assertThat(functions).containsOnlyKeys(WorkflowSteps.CHECK_IN_FUNCTION);
            assertThat(functions.get(WorkflowSteps.CHECK_IN_FUNCTION).toString()).contains(WorkflowSteps.CHANNEL_INPUT)
                    .contains("level").contains("link");
        }
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

    /** The manifest in the SDK's model, which reads functions in an older form than Slack's: they are checked apart. */
    private static AppManifest parse(Path file) throws IOException {
        Map<String, Object> yaml = new Yaml().load(Files.readString(file));
        yaml.remove("functions");
        var json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(yaml);
        return GsonFactory.createSnakeCase().fromJson(json, AppManifest.class);
    }
}
