package dev.mlopsguide.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Meaning-based scores over the passages. A passage is embedded in windows of about {@link #WINDOW_WORDS} words, each
 * with the passage's title in front, and scores the best cosine of its windows: the model reads about 128 tokens
 * well, and one averaged vector of a long passage blurs what each part says. Scoring is an exact scan.
 */
public final class DenseIndex {

    static final int WINDOW_WORDS = 60;

    private final float[][] vectors;
    private final int[] owners;
    private final String[] courses;

    private DenseIndex(float[][] vectors, int[] owners, String[] courses) {
        this.vectors = vectors;
        this.owners = owners;
        this.courses = courses;
    }

    public static DenseIndex build(List<Passage> passages, Embeddings embeddings) {
        var texts = new ArrayList<String>();
        var owners = new ArrayList<Integer>();
        for (int i = 0; i < passages.size(); i++) {
            for (var window : windows(passages.get(i))) {
                texts.add(window);
                owners.add(i);
            }
        }
        var vectors = embeddings.embedAll(texts).toArray(new float[0][]);
        return new DenseIndex(vectors, owners.stream().mapToInt(Integer::intValue).toArray(),
                passages.stream().map(Passage::course).toArray(String[]::new));
    }

    /** The texts that stand for a passage: its heading line, then each window of its body. */
    static List<String> windows(Passage passage) {
        var head = passage.label();
        var words = passage.text().split("\\s+");
        var windows = new ArrayList<String>();
        for (int start = 0; start < words.length; start += WINDOW_WORDS) {
            windows.add(head + "\n" + String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length, start + WINDOW_WORDS))));
        }
        return windows.isEmpty() ? List.of(head) : windows;
    }

    /**
     * Every passage's best cosine to the question; passages outside {@code course} (when it is not empty) get
     * {@code NaN}.
     */
    public float[] scores(float[] query, String course) {
        var scores = new float[courses.length];
        Arrays.fill(scores, Float.NaN);
        for (int w = 0; w < vectors.length; w++) {
            int owner = owners[w];
            if (!course.isEmpty() && !course.equals(courses[owner])) {
                continue;
            }
            float cosine = dot(vectors[w], query);
            if (Float.isNaN(scores[owner]) || cosine > scores[owner]) {
                scores[owner] = cosine;
            }
        }
        return scores;
    }

    public int windows() {
        return vectors.length;
    }

    private static float dot(float[] a, float[] b) {
        float dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }
}
