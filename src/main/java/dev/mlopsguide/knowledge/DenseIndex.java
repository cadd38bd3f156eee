package dev.mlopsguide.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

/**
 * Meaning-based scores over the passages. A passage is embedded in windows of about {@link #WINDOW_WORDS} words, each
 * with the passage's title in front, and scores the best cosine of its windows: the model reads about 128 tokens
 * well, and one averaged vector of a long passage blurs what each part says. The questions a document is known to
 * answer ({@link KnowledgeBase#askedOf}) are scored apart, for the whole document: a question is closest in meaning to
 * another question, but which section answers it is still for the sections' own windows to say. Scoring is an exact
 * scan.
 */
public final class DenseIndex {

    static final int WINDOW_WORDS = 60;

    private final float[][] vectors;
    /** The passages each window stands for: one, or every passage of a document for a question it answers. */
    private final int[][] owners;
    /** Whether each window is a question a document answers rather than a part of a passage. */
    private final boolean[] asked;
    private final String[] courses;
    /** Which document each passage belongs to, as the position of the document's first passage. */
    private final int[] documentOf;
    private final AskedClassifier classifier;
    /** The questions people asked here that nothing answers ({@link KnowledgeBase#unanswered}). */
    private final float[][] unanswered;

    private DenseIndex(float[][] vectors, int[][] owners, boolean[] asked, String[] courses, float[][] unanswered) {
        this.vectors = vectors;
        this.unanswered = unanswered;
        this.owners = owners;
        this.asked = asked;
        this.courses = courses;
        this.documentOf = new int[courses.length];
        Arrays.fill(documentOf, -1);
        var askedOf = new LinkedHashMap<Integer, List<float[]>>();
        for (int w = 0; w < vectors.length; w++) {
            if (asked[w]) {
                for (int passage : owners[w]) {
                    documentOf[passage] = owners[w][0];
                }
                askedOf.computeIfAbsent(owners[w][0], document -> new ArrayList<>()).add(vectors[w]);
            }
        }
        this.classifier = AskedClassifier.train(askedOf);
    }

    public static DenseIndex build(KnowledgeBase knowledge, Embeddings embeddings) {
        var windows = windows(knowledge);
        var embedded = embeddings.embedAll(texts(windows, knowledge));
        var vectors = embedded.subList(0, windows.size()).toArray(new float[0][]);
        var asked = new boolean[windows.size()];
        for (int w = 0; w < asked.length; w++) {
            asked[w] = windows.get(w).asked();
        }
        return new DenseIndex(vectors, windows.stream().map(Window::passages).toArray(int[][]::new), asked,
                knowledge.passages().stream().map(Passage::course).toArray(String[]::new),
                embedded.subList(windows.size(), embedded.size()).toArray(new float[0][]));
    }

    /** Every text the index embeds. */
    static List<String> texts(KnowledgeBase knowledge) {
        return texts(windows(knowledge), knowledge);
    }

    /** The windows' texts, then the questions nothing answers. */
    private static List<String> texts(List<Window> windows, KnowledgeBase knowledge) {
        return Stream.concat(windows.stream().map(Window::text), knowledge.unanswered().stream()).toList();
    }

    /** A text embedded, the positions of the passages it stands for, and whether it is a question asked of them. */
    private record Window(String text, int[] passages, boolean asked) {
    }

    private static List<Window> windows(KnowledgeBase knowledge) {
        var passages = knowledge.passages();
        var windows = new ArrayList<Window>();
        var ofDocument = new LinkedHashMap<String, List<Integer>>();
        for (int i = 0; i < passages.size(); i++) {
            int passage = i;
            windows(passages.get(i)).forEach(text -> windows.add(new Window(text, new int[] {passage}, false)));
            ofDocument.computeIfAbsent(passages.get(i).docId(), id -> new ArrayList<>()).add(i);
        }
        ofDocument.forEach((document, positions) -> {
            var all = positions.stream().mapToInt(Integer::intValue).toArray();
            // A question asked of a document stands for all its passages, the first of them first.
            knowledge.askedOf(document).forEach(question -> windows.add(new Window(question, all, true)));
        });
        return windows;
    }

    /** The texts that stand for a passage: its heading line, then each window of its body. */
    private static List<String> windows(Passage passage) {
        var head = passage.label();
        var words = passage.text().split("\\s+");
        var windows = new ArrayList<String>();
        for (int start = 0; start < words.length; start += WINDOW_WORDS) {
            windows.add(head + "\n" + String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length, start + WINDOW_WORDS))));
        }
        return windows.isEmpty() ? List.of(head) : windows;
    }

    /**
     * Each passage's best cosine to the question of its own windows ({@code parts}), and the mean cosine of the two
     * questions its document is known to answer that are closest to it ({@code asked}; the one, when it knows one; NaN
     * when none). Passages outside {@code course} (when it is not empty) get NaN. Two, because one question people
     * asked can be close to anything ("can you order lunch for the offsite" to one about feature tables). On the
     * tuning part of {@code knowledge/questions.csv}, measured in folds, the closest alone answered 7 of its 48
     * off-topic questions, the two closest 2, for the same share right first (0.93). {@code classified}: how strongly
     * the {@link AskedClassifier} puts the question in the passage's document (0 when it knows no questions).
     */
    public record Scores(float[] parts, float[] asked, float[] classified) {
    }

    public Scores scores(float[] query, String course) {
        var parts = new float[courses.length];
        var asked = new float[courses.length];
        Arrays.fill(parts, Float.NaN);
        Arrays.fill(asked, Float.NaN);
        var secondAsked = new float[courses.length];
        Arrays.fill(secondAsked, Float.NaN);
        for (int w = 0; w < vectors.length; w++) {
            float cosine = Float.NaN;
            for (int owner : owners[w]) {
                if (!course.isEmpty() && !course.equals(courses[owner])) {
                    continue;
                }
                if (Float.isNaN(cosine)) {
                    cosine = dot(vectors[w], query);
                }
                if (!this.asked[w]) {
                    parts[owner] = above(cosine, parts[owner]) ? cosine : parts[owner];
                } else if (above(cosine, asked[owner])) {
                    secondAsked[owner] = asked[owner];
                    asked[owner] = cosine;
                } else if (above(cosine, secondAsked[owner])) {
                    secondAsked[owner] = cosine;
                }
            }
        }
        for (int i = 0; i < asked.length; i++) {
            if (!Float.isNaN(secondAsked[i])) {
                asked[i] = (asked[i] + secondAsked[i]) / 2;
            }
        }
        var classified = new float[courses.length];
        var byDocument = new HashMap<Integer, Float>();
        for (int i = 0; i < classified.length; i++) {
            classified[i] = Float.isNaN(parts[i]) ? 0 : byDocument.computeIfAbsent(documentOf[i], d -> classifier.score(d, query));
        }
        return new Scores(parts, asked, classified);
    }

    /**
     * The mean cosine of the two questions nothing answers closest to the question (the one, when one is known; 0 when
     * none is), as {@link Scores#asked} scores a document's: the two compare.
     */
    public float unanswered(float[] query) {
        float best = Float.NaN;
        float second = Float.NaN;
        for (var question : unanswered) {
            float cosine = dot(question, query);
            if (above(cosine, best)) {
                second = best;
                best = cosine;
            } else if (above(cosine, second)) {
                second = cosine;
            }
        }
        return Float.isNaN(best) ? 0 : Float.isNaN(second) ? best : (best + second) / 2;
    }

    /** Whether a cosine beats the best so far, NaN when there is none yet. */
    private static boolean above(float cosine, float best) {
        return Float.isNaN(best) || cosine > best;
    }

    public int windows() {
        return vectors.length;
    }

    static float dot(float[] a, float[] b) {
        float dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }
}
