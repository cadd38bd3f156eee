package dev.mlopsguide.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Hit rate and MRR at k: for each question, search (restricted to its course when it has one) and find the rank of
 * the document that answers it. Hit rate is the share found in the top k; MRR the mean of 1/rank (0 when absent).
 */
public final class RetrievalEvaluation {

    /** One labelled question: the course to search in (may be empty) and the id of the answering document. */
    public record Question(String question, String course, String document) {
    }

    /** Figures for a set of questions. */
    public record Metrics(int questions, double hitRate, double mrr) {
    }

    /** Figures overall and per course, with k and how long the evaluation took. */
    public record Report(Metrics overall, Map<String, Metrics> courses, int k, long millis) {
    }

    private RetrievalEvaluation() {
    }

    public static Report run(Retriever retriever, List<Question> questions, int k, Retriever.Mode mode,
                             IntConsumer progress) {
        long start = System.nanoTime();
        var ranks = new LinkedHashMap<String, List<Integer>>();
        var all = new ArrayList<Integer>();
        for (int i = 0; i < questions.size(); i++) {
            var question = questions.get(i);
            var hits = retriever.search(question.question(), k, question.course(), mode);
            int rank = 0;
            for (int r = 0; r < hits.size(); r++) {
                if (hits.get(r).passage().docId().equals(question.document())) {
                    rank = r + 1;
                    break;
                }
            }
            all.add(rank);
            ranks.computeIfAbsent(question.course(), c -> new ArrayList<>()).add(rank);
            progress.accept(i + 1);
        }
        var courses = new TreeMap<String, Metrics>();
        ranks.forEach((course, list) -> courses.put(course.isEmpty() ? "(none)" : course, metrics(list)));
        return new Report(metrics(all), courses, k, (System.nanoTime() - start) / 1_000_000);
    }

    private static Metrics metrics(List<Integer> ranks) {
        double hits = ranks.stream().filter(r -> r > 0).count();
        double reciprocal = ranks.stream().mapToDouble(r -> r > 0 ? 1.0 / r : 0).sum();
        int n = ranks.size();
        return new Metrics(n, n == 0 ? 0 : hits / n, n == 0 ? 0 : reciprocal / n);
    }

    /** Reads a ground-truth CSV with the header {@code question,course,document} (quoted fields allowed). */
    public static List<Question> readGroundTruth(Path file) throws IOException {
        var rows = Csv.parse(Files.readString(file));
        if (rows.isEmpty()) {
            return List.of();
        }
        var header = rows.get(0);
        int q = header.indexOf("question");
        int c = header.indexOf("course");
        int d = header.indexOf("document");
        if (q < 0 || d < 0) {
            throw new IOException(file + ": the first line must name the columns question, course (optional) and document");
        }
        var questions = new ArrayList<Question>();
        for (var row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(q, d)) {
                questions.add(new Question(row.get(q), c >= 0 && row.size() > c ? row.get(c) : "", row.get(d)));
            }
        }
        return questions;
    }
}
