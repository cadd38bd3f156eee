package dev.mlopsguide.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.FaqPack;
import dev.mlopsguide.knowledge.KnowledgeLoader;
import dev.mlopsguide.knowledge.MiniLmEmbeddings;
import dev.mlopsguide.knowledge.RetrievalEvaluation;
import dev.mlopsguide.knowledge.Retriever;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.maturity.content.ContentLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.Test;

/**
 * Latency of a whole answer (intent routing, query embedding, BM25, fusion, answer text) after warm-up, against BM25
 * alone in the same run, over the built-in knowledge base plus the Zoomcamp FAQ as a knowledge pack; with the time to
 * build the index and the process's resident memory with the model loaded. Every question is distinct, so no answer
 * comes from the cache. Run with {@code mvn -B test -Pbenchmark}.
 */
@Tag("benchmark")
@Isolated
class AnswerLatencyBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 1_500;

    @Test
    void answerLatencyAgainstBm25Alone() throws Exception {
        var zoomcamp = Path.of("../shared/eval/zoomcamp-faq");
        var base = KnowledgeLoader.load(ContentLocation.bundled(), List.of()).plus(FaqPack.load(zoomcamp.resolve("documents.json")));
        var retriever = new Retriever(base, new MiniLmEmbeddings());
        var answerer = new Answerer(TestContent.bundled(), retriever);
        var questions = RetrievalEvaluation.readGroundTruth(zoomcamp.resolve("ground-truth.csv")).stream()
                .map(RetrievalEvaluation.Question::question).distinct().limit(WARM_UP + MEASURED).toList();

        var whole = new ArrayList<Long>();
        var bm25 = new ArrayList<Long>();
        for (int i = 0; i < questions.size(); i++) {
            var question = questions.get(i);
            long start = System.nanoTime();
            var answer = answerer.answer(question, () -> Answerer.TeamContext.UNKNOWN);
            long answered = System.nanoTime();
            var lexical = retriever.search(question, 3, "", Retriever.Mode.BM25);
            long searched = System.nanoTime();
            assertThat(answer.text()).isNotEmpty();
            assertThat(lexical).isNotNull();
            if (i >= WARM_UP) {
                whole.add(answered - start);
                bm25.add(searched - answered);
            }
        }
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "Index: %d passages (%d embedded windows) from %d documents, built in %d ms; "
                        + "resident memory %s with the model loaded", retriever.size(), retriever.windows(),
                base.documents(), retriever.buildMillis(), residentMemory()));
        lines.add(String.format(Locale.ROOT, "%d distinct questions after %d warm-up, on %d cores (milliseconds)",
                whole.size(), WARM_UP, Runtime.getRuntime().availableProcessors()));
        // The distribution, not two points of it: the tail is what a person waiting in Slack notices.
        var points = new double[] {0.5, 0.9, 0.99, 0.999, 1.0};
        lines.add(String.format(Locale.ROOT, "%-30s %8s %8s %8s %8s %8s", "", "median", "p90", "p99", "p99.9", "max"));
        for (var series : List.of(Map.entry("whole answer (hybrid)", whole), Map.entry("BM25 search alone", bm25))) {
            var row = new StringBuilder(String.format(Locale.ROOT, "%-30s", series.getKey()));
            for (double p : points) {
                row.append(String.format(Locale.ROOT, " %8.2f", percentile(series.getValue(), p)));
            }
            lines.add(row.toString());
        }
        var ratios = new StringBuilder(String.format(Locale.ROOT, "%-30s", "ratio whole / BM25"));
        for (double p : points) {
            ratios.append(String.format(Locale.ROOT, " %8.1f", percentile(whole, p) / percentile(bm25, p)));
        }
        lines.add(ratios.toString());
        for (double p : new double[] {0.5, 0.99}) {
            BenchmarkTable.add("answer, whole (hybrid), " + (p == 0.5 ? "median" : "p99"),
                    String.format(Locale.ROOT, "%.2f ms", percentile(whole, p)), p == 0.5 ? "< 15 ms" : "< 50 ms",
                    String.format(Locale.ROOT, "%.2f ms BM25", percentile(bm25, p)),
                    BenchmarkTable.ratio(percentile(whole, p) / percentile(bm25, p)));
        }
        var text = String.join("\n", lines) + "\n";
        System.out.print(text);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "answer-latency.txt"), text);
    }

    /**
     * A pasted log or stack trace against a short question, both answered from the built-in articles: a message is read
     * up to its first 500 characters, so a 40,000-character one costs what a 500-character question does (the model
     * embeds ten times the tokens), not 30,000 times a question: read whole, it held the patterns that read intents and
     * symptoms for about 97 s.
     */
    @Test
    void aPastedLongMessageCostsAFewQuestions() {
        var answerer = new Answerer(TestContent.bundled(), new Retriever(
                KnowledgeLoader.load(ContentLocation.bundled(), List.of()), new MiniLmEmbeddings()));
        var log = " ERROR upstream feed timed out after 30 s, retrying".repeat(800);
        var questions = new ArrayList<Long>();
        var pasted = new ArrayList<Long>();
        for (int i = 0; i < 40; i++) {
            // Distinct messages, so that no answer comes from the cache.
            var question = "how do we detect data drift in feature " + i + "?";
            questions.add(timed(() -> answerer.answer(question, () -> Answerer.TeamContext.UNKNOWN)));
            pasted.add(timed(() -> answerer.answer(question + log, () -> Answerer.TeamContext.UNKNOWN)));
        }
        var measuredQuestions = questions.subList(10, questions.size());
        var measuredPasted = pasted.subList(10, pasted.size());
        double ratio = percentile(measuredPasted, 0.5) / percentile(measuredQuestions, 0.5);
        var line = String.format(Locale.ROOT, "a question and a %d-character log: median %.2f ms, the question alone %.2f ms,"
                + " ratio %.1f%n", log.length(), percentile(measuredPasted, 0.5), percentile(measuredQuestions, 0.5), ratio);
        System.out.print(line);
        BenchmarkTable.add("answer, 40,000-character message, median", String.format(Locale.ROOT, "%.2f ms",
                percentile(measuredPasted, 0.5)), "< 30× a question", String.format(Locale.ROOT, "%.2f ms question",
                percentile(measuredQuestions, 0.5)), BenchmarkTable.ratio(ratio));
        assertThat(ratio).isLessThan(30);
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double percentile(List<Long> nanos, double p) {
        var sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String residentMemory() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replace("VmRSS:", "").strip()).findFirst().orElse("unknown");
    }
}
