package dev.mlopsguide.cli;

import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.store.TestClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * One run of the command line with typed input and captured output. Unless the environment names a database,
 * each run gets a fresh one of its own, so that runs never see each other's data.
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String input, Map<String, String> env, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var settings = new HashMap<>(env);
        if (!settings.containsKey(DatabaseSettings.DATA_DIR) && !settings.containsKey(DatabaseSettings.DATABASE_URL)) {
            settings.put(DatabaseSettings.DATA_DIR, freshFolder().toString());
        }
        var context = new CliContext(new BufferedReader(new StringReader(input)), new PrintWriter(out, true),
                new PrintWriter(err, true), settings, TestClock.running());
        int code = Cli.run(context, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of("", Map.of(), args);
    }

    private static final Path FOLDERS = createRoot();

    private static Path freshFolder() {
        try {
            return Files.createTempDirectory(FOLDERS, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createRoot() {
        try {
            var root = Files.createTempDirectory("mlops-guide-cli-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
