package dev.mlopsguide.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.slack.SlackService;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dockerfile and {@code manifests/kubernetes/}: typed Kubernetes objects with no misspelled field, wired to each
 * other (selectors, named ports, the ConfigMap and Secret) and to what the app really serves and reads.
 */
class DeploymentFilesTest {

    private static final Path KUBERNETES = Path.of("manifests/kubernetes");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every variable the server reads; a manifest setting anything else has a typo or a stale name. */
    private static final Set<String> SETTINGS = Set.of(SlackSettings.SIGNING_SECRET, SlackSettings.BOT_TOKEN,
            SlackSettings.APP_TOKEN, SlackSettings.API_URL, SlackSettings.PORT, SlackSettings.HOST,
            DatabaseSettings.DATABASE_URL, DatabaseSettings.DATA_DIR, "LOG_FORMAT", "LOG_LEVEL",
            "MLOPS_GUIDE_CONVERSATIONS", "MLOPS_GUIDE_KNOWLEDGE", Distribution.CLIENT_ID, Distribution.CLIENT_SECRET,
            Distribution.REDIRECT_URI, Distribution.SCOPES, EncryptionKeys.KEY, EncryptionKeys.PREVIOUS_KEYS,
            SlackSettings.UNINSTALL_GRACE_DAYS);

    @Test
    void everyManifestIsAKubernetesObjectWithoutUnknownFields() throws Exception {
        for (var object : List.of(deployment(), service(), configMap(), secret(), distributedSecret())) {
            assertThat(object.getMetadata().getName()).isEqualTo("mlops-guide");
            assertThat(unknownFields(object, "")).as(object.getKind()).isEmpty();
        }
    }

    @Test
    void theDeploymentRunsTwoNonRootReplicasProbedOnTheAppsHealthPaths() throws Exception {
        var deployment = deployment();
        var spec = deployment.getSpec();
        assertThat(spec.getReplicas()).isEqualTo(2);
        assertThat(spec.getTemplate().getMetadata().getLabels()).containsAllEntriesOf(spec.getSelector().getMatchLabels());
        assertThat(spec.getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();

        var container = container(deployment);
        var port = container.getPorts().get(0);
        assertThat(port.getName()).isEqualTo("http");
        assertThat(String.valueOf(port.getContainerPort())).isEqualTo(configMap().getData().get(SlackSettings.PORT));
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo(AppServer.READY_PATH);
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo(AppServer.HEALTH_PATH);
        assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo(AppServer.HEALTH_PATH);
        for (var probe : List.of(container.getReadinessProbe(), container.getLivenessProbe(), container.getStartupProbe())) {
            assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo(port.getName());
        }
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(container.getArgs()).containsExactly("serve");
        var preStop = container.getLifecycle().getPreStop().getExec().getCommand();
        assertThat(preStop).first().isEqualTo("sleep");
        assertThat(spec.getTemplate().getSpec().getTerminationGracePeriodSeconds()).as("covers preStop and both drains")
                .isGreaterThan(Long.parseLong(preStop.get(1)) + AppServer.DRAIN.toSeconds() + SlackService.DRAIN.toSeconds());
        assertThat(spec.getTemplate().getMetadata().getAnnotations())
                .containsEntry("prometheus.io/path", AppServer.METRICS_PATH)
                .containsEntry("prometheus.io/port", String.valueOf(port.getContainerPort()));
    }

    @Test
    void theServiceAndTheSettingsReachTheDeployment() throws Exception {
        var deployment = deployment();
        var service = service();
        assertThat(service.getSpec().getSelector()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(service.getSpec().getPorts().get(0).getTargetPort().getStrVal())
                .isEqualTo(container(deployment).getPorts().get(0).getName());

        var envFrom = container(deployment).getEnvFrom();
        assertThat(envFrom).extracting(e -> e.getConfigMapRef() == null ? null : e.getConfigMapRef().getName())
                .contains(configMap().getMetadata().getName());
        assertThat(envFrom).extracting(e -> e.getSecretRef() == null ? null : e.getSecretRef().getName())
                .contains(secret().getMetadata().getName());
        assertThat(SETTINGS).containsAll(configMap().getData().keySet()).containsAll(secret().getStringData().keySet())
                .containsAll(distributedSecret().getStringData().keySet());
        // Replicas share nothing but the database: the Secret templates must ask for PostgreSQL.
        assertThat(secret().getStringData()).containsKey(DatabaseSettings.DATABASE_URL);
        assertThat(distributedSecret().getStringData()).containsKey(DatabaseSettings.DATABASE_URL)
                .containsKeys(Distribution.CLIENT_ID, Distribution.CLIENT_SECRET, EncryptionKeys.KEY)
                // The app refuses a bot token beside the client credentials.
                .doesNotContainKey(SlackSettings.BOT_TOKEN);
    }

    @Test
    void theKustomizationListsFilesThatExistAndLeavesTheSecretTemplateOut() throws IOException {
        var resources = new ArrayList<String>();
        JSON.valueToTree(yaml("kustomization.yml")).get("resources").forEach(r -> resources.add(r.asText()));

        assertThat(resources).containsExactlyInAnyOrder("configmap.yml", "deployment.yml", "service.yml");
        resources.forEach(r -> assertThat(KUBERNETES.resolve(r)).exists());
    }

    @Test
    void theImageIsBuiltInTwoStagesAndRunsAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
        var dockerfile = Files.readAllLines(Path.of("Dockerfile"));

        assertThat(dockerfile).filteredOn(l -> l.startsWith("FROM ")).hasSize(2);
        assertThat(dockerfile).filteredOn(l -> l.startsWith("USER ")).singleElement()
                .isEqualTo("USER " + deploymentUser());
        assertThat(String.join("\n", dockerfile))
                .contains("COPY --from=build /src/target/mlops-guide.jar")
                .contains("http://127.0.0.1:" + configMap().getData().get(SlackSettings.PORT) + AppServer.HEALTH_PATH)
                .contains("EXPOSE " + configMap().getData().get(SlackSettings.PORT));
    }

    @Test
    void theImageStartsFromTheClassArchiveItsBuildMakesAndFailsTheBuildWithoutIt() throws IOException {
        var dockerfile = String.join("\n", Files.readAllLines(Path.of("Dockerfile")));
        var archive = "/app/mlops-guide.jsa";

        assertThat(dockerfile)
                .contains("-XX:ArchiveClassesAtExit=" + archive + " -jar /app/mlops-guide.jar sandbox")
                .contains("test -s " + archive)
                .contains("ENTRYPOINT [\"java\", \"-XX:SharedArchiveFile=" + archive + "\", \"-jar\", \"/app/mlops-guide.jar\"]");
        // Made as root before the switch to the app's user, which only reads it.
        assertThat(dockerfile.indexOf("ArchiveClassesAtExit")).isLessThan(dockerfile.indexOf("\nUSER "));
    }

    private static long deploymentUser() throws IOException {
        return deployment().getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Deployment deployment() throws IOException {
        return read("deployment.yml", Deployment.class);
    }

    private static Service service() throws IOException {
        return read("service.yml", Service.class);
    }

    private static ConfigMap configMap() throws IOException {
        return read("configmap.yml", ConfigMap.class);
    }

    private static Secret secret() throws IOException {
        return read("secret.example.yml", Secret.class);
    }

    private static Secret distributedSecret() throws IOException {
        return read("secret-distributed.example.yml", Secret.class);
    }

    private static <T extends HasMetadata> T read(String file, Class<T> type) throws IOException {
        T object = JSON.convertValue(yaml(file), type);
        assertThat(object.getApiVersion()).as(file).isEqualTo(HasMetadata.getApiVersion(type));
        assertThat(object.getKind()).as(file).isEqualTo(HasMetadata.getKind(type));
        return object;
    }

    private static Object yaml(String file) throws IOException {
        try (var reader = Files.newBufferedReader(KUBERNETES.resolve(file))) {
            return new Yaml().load(reader);
        }
    }

    /**
     * The model keeps fields it does not know in {@code additionalProperties} instead of failing: walk the object
     * and list them, so that a misspelled field ("readinesProbe") is caught here rather than ignored by the cluster.
     */
    private static List<String> unknownFields(Object object, String path) throws ReflectiveOperationException {
        var found = new ArrayList<String>();
        if (object instanceof Collection<?> items) {
            int i = 0;
            for (var item : items) {
                found.addAll(unknownFields(item, path + "[" + i++ + "]"));
            }
            return found;
        }
        if (object == null || !object.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return found;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(object);
            } catch (InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(k -> found.add(path + "." + k));
            } else {
                found.addAll(unknownFields(value, path + "." + getter.getName().substring(3)));
            }
        }
        return found;
    }
}
