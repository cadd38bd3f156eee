package dev.mlopsguide.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlopsguide.Main;
import dev.mlopsguide.knowledge.AnswerEvaluation;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.server.AppServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long {@code serve} takes from a fresh data folder to answer {@code /readyz} with 200 (three starts, each in its
 * own folder, as a first start in a new pod), and its resident memory after 100 questions asked by DM, launched with
 * no JVM options and as the Docker image launches it. The app runs in a process of its own against the fake Slack.
 * Run with {@code mvn -B test -Pbenchmark}.
 */
@Tag("benchmark")
@Isolated
class StartupBenchmark {

    private static final String SECRET = "startup-benchmark-secret";
    private static final int STARTS = 3;
    private static final int QUESTIONS = 100;

    @TempDir
    Path temp;

    @Test
    void timeToReadyFromAFreshFolderAndMemoryAfterQuestions() throws Exception {
        var image = imageOptions();
        var lines = new ArrayList<String>();
        try (var slack = FakeSlack.start(0)) {
            lines.add("Image launch: " + String.join(" ", image) + " (the Dockerfile's JAVA_TOOL_OPTIONS)");
            lines.addAll(launches("default launch", List.of(), slack));
            lines.addAll(launches("image launch", image, slack));
        }
        var text = String.join("\n", lines) + "\n";
        System.out.print(text);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "startup.txt"), text);
    }

    /** The JVM options of the Dockerfile's {@code JAVA_TOOL_OPTIONS}, less the system properties. */
    static List<String> imageOptions() throws IOException {
        var line = Files.readAllLines(Path.of("Dockerfile")).stream().filter(l -> l.contains("JAVA_TOOL_OPTIONS="))
                .findFirst().orElseThrow();
        var quoted = line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'));
        return Arrays.stream(quoted.split("\\s+")).filter(o -> o.startsWith("-X")).toList();
    }

    private List<String> launches(String name, List<String> options, FakeSlack slack) throws Exception {
        var lines = new ArrayList<String>();
        var seconds = new ArrayList<Double>();
        for (int start = 1; start <= STARTS; start++) {
            try (var app = App.start(temp.resolve(name.hashCode() + "-" + start), options, slack)) {
                seconds.add(app.readyAfter);
                lines.add(String.format(Locale.ROOT, "%s, start %d from a fresh folder: /readyz 200 after %.2f s. %s",
                        name, start, app.readyAfter, app.readyLine));
                if (start == STARTS) {
                    long megabytes = app.askAndMeasure(slack);
                    lines.add(String.format(Locale.ROOT, "%s: resident memory after %d questions answered by DM: %d MB "
                            + "(goal: under 512 MB)", name, QUESTIONS, megabytes));
                    BenchmarkTable.add("resident memory after " + QUESTIONS + " questions, " + name, megabytes + " MB",
                            "< 512 MB");
                }
            }
        }
        var sorted = seconds.stream().sorted().toList();
        lines.add(String.format(Locale.ROOT, "%s: median time to ready from a fresh folder %.2f s (goal: under 5 s)",
                name, sorted.get(sorted.size() / 2)));
        BenchmarkTable.add("start-up to ready from a fresh folder, " + name,
                String.format(Locale.ROOT, "%.2f s", sorted.get(sorted.size() / 2)), "< 5 s");
        return lines;
    }

    /** The app in a process of its own, started with its command line as an operator would. */
    private static final class App implements AutoCloseable {
        private final Process process;
        private final int port;
        private final double readyAfter;
        private final String readyLine;

        private App(Process process, int port, double readyAfter, String readyLine) {
            this.process = process;
            this.port = port;
            this.readyAfter = readyAfter;
            this.readyLine = readyLine;
        }

        static App start(Path folder, List<String> options, FakeSlack slack) throws Exception {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            var command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dai.djl.offline=true"));
            command.addAll(options);
            command.addAll(List.of("-cp", classpath, Main.class.getName(), "serve"));
            var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(Map.of("MLOPS_GUIDE_DATA_DIR", folder.toString(),
                    "MLOPS_GUIDE_HOST", "127.0.0.1", "MLOPS_GUIDE_PORT", String.valueOf(port),
                    "SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", "xoxb-startup-benchmark",
                    "SLACK_API_URL", slack.apiUrl(), "OPT_OUT_TRACKING", "true"));
            long started = System.nanoTime();
            var process = builder.start();
            var http = HttpClient.newHttpClient();
            var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + AppServer.READY_PATH)).build();
            while (true) {
                assertThat(process.isAlive()).as("the app is running").isTrue();
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("Ready "));
            return new App(process, port, seconds, line == null ? "" : line);
        }

        /** Asks questions by DM, waits for their answers, and reads the process's resident memory, in MB. */
        long askAndMeasure(FakeSlack slack) throws Exception {
            var driver = SlackDriver.onPort(port, SECRET, slack, Clock.systemUTC());
            var questions = AnswerEvaluation.read(Path.of("conversations/knowledge/questions.csv"), "").stream()
                    .map(AnswerEvaluation.Case::question).toList();
            int before = slack.calls("chat.postMessage").size();
            var json = new ObjectMapper();
            for (int i = 0; i < QUESTIONS; i++) {
                var event = json.createObjectNode().put("type", "message").put("channel_type", "im").put("channel", "D1")
                        .put("user", "U" + (i % 20)).put("text", questions.get(i % questions.size()))
                        .put("ts", "1700000000." + String.format(Locale.ROOT, "%06d", i));
                assertThat(driver.event(FakeSlack.WORKSPACE, event, "EvStartup" + i, 0).status()).isEqualTo(200);
            }
            slack.await("chat.postMessage", c -> true, before + QUESTIONS, Duration.ofMinutes(2));
            long kilobytes = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst()
                    .orElse(-1L);
            return kilobytes / 1024;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
