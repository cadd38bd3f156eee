package dev.mlopsguide.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.config.DatabaseSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps what it acknowledged: a process recording assessments is killed with SIGKILL in the
 * middle of its work, several times over, and every assessment it reported as committed is there after a restart.
 */
class CrashDurabilityTest {

    private static final int CYCLES = 3;
    private static final int ACKS_BEFORE_KILL = 150;

    @TempDir
    Path temp;

    @Test
    void everyCommittedAssessmentSurvivesKill9() throws Exception {
        var acknowledged = new ArrayList<Long>();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            acknowledged.addAll(runAndKill());
        }

        try (var store = Store.open(DatabaseSettings.h2(temp), Clock.systemUTC())) {
            var lost = acknowledged.stream().filter(id -> store.assessments().byId(id).isEmpty()).toList();
            System.out.printf("Crash durability (H2): %d cycles of kill -9, %d assessments acknowledged, %d lost%n",
                    CYCLES, acknowledged.size(), lost.size());
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(CYCLES * ACKS_BEFORE_KILL);
            assertThat(lost).isEmpty();
        }
    }

    /** Starts a writer, reads its acknowledgements until there are enough, kills it; returns what it acknowledged. */
    private List<Long> runAndKill() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var process = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp", classpath, CrashWriter.class.getName(),
                temp.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var acknowledged = new ArrayList<Long>();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKS_BEFORE_KILL && (line = lines.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.strip()));
            }
            // SIGKILL through the handle, which leaves the pipe open to read what was printed before the signal landed.
            process.toHandle().destroyForcibly();
            while ((line = lines.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.strip()));
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return acknowledged;
    }
}
