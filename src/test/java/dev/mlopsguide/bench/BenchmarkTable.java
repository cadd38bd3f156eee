package dev.mlopsguide.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * One table of every benchmark's headline figures: measure, value, goal, the baseline measured in the same run and
 * the ratio to it. Benchmarks add their rows; the table is printed (and written to target/benchmarks/summary.txt)
 * when the run ends. Registered as a JUnit Platform listener in META-INF/services.
 */
public final class BenchmarkTable implements TestExecutionListener {

    /** One figure; {@code baseline} and {@code ratio} are empty when the measure has no baseline. */
    record Row(String measure, String value, String goal, String baseline, String ratio) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    static synchronized void add(String measure, String value, String goal, String baseline, String ratio) {
        ROWS.add(new Row(measure, value, goal, baseline, ratio));
    }

    static synchronized void add(String measure, String value, String goal) {
        add(measure, value, goal, "", "");
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        List<Row> rows;
        synchronized (BenchmarkTable.class) {
            rows = List.copyOf(ROWS);
        }
        if (rows.isEmpty()) {
            return;
        }
        var format = "%-52s %-12s %-18s %-16s %s";
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, format, "measure", "value", "goal", "baseline", "ratio"));
        rows.forEach(r -> lines.add(String.format(Locale.ROOT, format, r.measure(), r.value(), r.goal(), r.baseline(),
                r.ratio())));
        var text = String.join("\n", lines) + "\n";
        System.out.print("\nBenchmark summary\n" + text);
        try {
            Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(Path.of("target", "benchmarks", "summary.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
