package dev.mlopsguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape of the main code, read from its sources: what the design promises about the house's layout. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/mlopsguide");
    private static final Pattern WALL_CLOCK = Pattern.compile("Clock\\.system|Instant\\.now\\(|currentTimeMillis\\(|"
            + "(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Year)\\.now\\(");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.mlopsguide\\.([a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);

    @Test
    void onlyTheCompositionRootAndTheFakeSlacksCallRecordsReadTheWallClock() {
        var readers = sources().filter(f -> WALL_CLOCK.matcher(read(f)).find()).map(f -> MAIN.relativize(f).toString())
                .sorted().toList();
        assertThat(readers).containsExactly("app/Application.java", "sandbox/FakeSlack.java");
    }

    @Test
    void theDomainKnowsNothingOfSlackOrTheStore() {
        var pure = Set.of("maturity", "maturity.content", "history", "digest", "knowledge", "org", "rhythm", "steps");
        var offenders = new TreeSet<String>();
        sources().filter(f -> pure.contains(packageOf(f))).forEach(f -> {
            var text = read(f);
            if (text.contains("import com.slack.") || text.contains("import dev.mlopsguide.store.")
                    || text.contains("import dev.mlopsguide.slack.") || text.contains("kagkarlsson")) {
                offenders.add(MAIN.relativize(f).toString());
            }
        });
        assertThat(offenders).isEmpty();
    }

    @Test
    void packagesHaveNoImportCycles() {
        Map<String, Set<String>> uses = new HashMap<>();
        sources().forEach(f -> {
            var from = packageOf(f);
            var matcher = IMPORT.matcher(read(f));
            while (matcher.find()) {
                if (!matcher.group(1).equals(from)) {
                    uses.computeIfAbsent(from, k -> new HashSet<>()).add(matcher.group(1));
                }
            }
        });
        var cycles = new ArrayList<String>();
        for (var start : uses.keySet()) {
            findCycle(start, start, uses, new ArrayList<>(List.of(start)), new HashSet<>(), cycles);
        }
        assertThat(cycles).isEmpty();
    }

    @Test
    void everySlackListenerHasItsMirroredTest() {
        var missing = sources().filter(f -> packageOf(f).startsWith("slack.listeners."))
                .filter(f -> !read(f).contains("private " + name(f) + "()"))
                .filter(f -> !read(f).contains("interface " + name(f)))
                .filter(f -> !Files.exists(Path.of("src/test/java/dev/mlopsguide")
                        .resolve(MAIN.relativize(f).toString().replace(".java", "Test.java"))))
                .map(f -> MAIN.relativize(f).toString()).sorted().toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void thereIsNoBagOfEverything() {
        assertThat(sources().map(ArchitectureTest::name)).doesNotContain("Guide");
    }

    private static void findCycle(String start, String at, Map<String, Set<String>> uses, List<String> path,
                                  Set<String> seen, List<String> cycles) {
        for (var next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (seen.add(next)) {
                path.add(next);
                findCycle(start, next, uses, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    private static Stream<Path> sources() {
        try {
            return Files.walk(MAIN).filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('/', '.');
    }

    private static String name(Path file) {
        return file.getFileName().toString().replace(".java", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
