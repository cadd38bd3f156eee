package dev.mlopsguide.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Ranks passages for a question by BM25, by meaning (dense embeddings), or by both: the hybrid score is
 * {@code 0.25 × BM25 / best BM25 + 0.75 × cosine}, a convex combination that measured better than reciprocal rank
 * fusion on the FAQ benchmark (hit rate 0.937 against 0.923 at top 5), across a broad range of weights (0.15-0.30).
 * BM25's part counts in proportion to the share of the question's words, rare ones weighing more, that the passage
 * contains: a short passage repeating one common word of the question ("Feature stores - Tools" for "half the features
 * arrive as nan") would otherwise get the whole lexical weight. Then come three kinds of evidence about the passage's
 * whole document: {@code 1 ×} the mean cosine of the two closest questions it is known to answer (its article's
 * {@code asked} questions and the labelled questions that name it, worded as people ask; see
 * {@link DenseIndex.Scores}), {@code 0.3 ×} how strongly a classifier learnt from all those questions puts the question
 * in it ({@link AskedClassifier}), and {@code 0.25 ×} the share of the question's words, rare ones weighing more, that it
 * contains (a question's words spread over an article's sections, "a broken upstream table … a broken model",
 * point to it even when no one section is closest in meaning). Sections of one document differ only by their own BM25
 * and cosine, so the composer still sees which section answers.
 */
public final class Retriever {

    /** How to rank. */
    public enum Mode { BM25, DENSE, HYBRID }

    /** The weight of lexical evidence in the hybrid score. */
    static final double LEXICAL_WEIGHT = 0.25;
    /**
     * The weight of the document's coverage of the question's words in the hybrid score; chosen on the tuning part of
     * {@code knowledge/questions.csv} among 0, 0.1, 0.15 and 0.25, where it also scored best on the FAQ benchmark.
     */
    static final double COVERAGE_WEIGHT = 0.25;
    /**
     * How much a word the knowledge never uses ("the ferris wheel model") weighs in that coverage, as a share of the
     * rarest word's weight: such a word cannot tell passages apart, and at full weight a place's name halves the
     * lexical evidence of every passage against the meaning. Chosen on the tuning part in folds with 10,670
     * questions: among 0, 0.25, 0.5 and 1, right at 1 0.956, 0.958, 0.958 and 0.957 (typos 0.949, 0.959, 0.959, 0.959);
     * the FAQ benchmark lost three of 2,797 (hit rate 0.961 → 0.960, MRR 0.914 → 0.913).
     */
    static final double UNKNOWN_WORD_SHARE = 0.25;
    /**
     * The weight of the questions the passage's document is known to answer ({@link DenseIndex.Scores#asked}), added
     * to the passage's own closeness in meaning. Chosen on the tuning part of {@code knowledge/questions.csv}, measured
     * in folds (see {@link AnswerEvaluation#run}): with 1,313 questions among 0.35, 0.5, 0.75 and 1, right at 1 0.920,
     * 0.923, 0.927 and 0.928, off-topic questions left unanswered 0.979, 0.979, 0.958 and 0.958 (0.75 then); with 1,913
     * among 0.75, 1 and 1.25, right at 1 0.926, 0.928 and 0.929, off-topic 0.926, 0.926 and 0.912.
     */
    static final double ASKED_WEIGHT = 1.0;
    /**
     * The weight of the {@link AskedClassifier}'s score for the passage's document. Chosen on the tuning part of
     * {@code knowledge/questions.csv} in folds, with 2,213 questions: among 0, 0.1, 0.2, 0.3 and 0.4, right at 1 0.934,
     * 0.939, 0.940, 0.942 and 0.942 (off-topic questions kept from a confident answer by
     * {@link Answerer#CLEAR_WINNER_MARGIN}).
     */
    static final double CLASSIFIER_WEIGHT = 0.3;
    /** How many BM25 results enter the hybrid score. */
    static final int LEXICAL_CANDIDATES = 50;

    /**
     * A ranked passage; {@code cosine} is its similarity to the question in meaning, the better of its own and of the
     * questions its document answers (see {@link DenseIndex.Scores}; NaN in BM25 mode).
     */
    public record Hit(Passage passage, double score, float cosine) {
    }

    /** Every passage ranked, and how close the question came in meaning to those nothing answers ({@link DenseIndex#unanswered}). */
    public record Ranking(List<Hit> hits, float unanswered) {
    }

    private final KnowledgeBase knowledge;
    private final List<Passage> passages;
    private final Embeddings embeddings;
    private final LexicalIndex lexical;
    private final DenseIndex dense;
    /** The words of each passage, by position, and of each document (all its passages and asked questions), by id. */
    private final List<Set<String>> passageWords = new ArrayList<>();
    private final Map<String, Set<String>> documentWords = new HashMap<>();
    private final long buildMillis;

    public Retriever(KnowledgeBase knowledge, Embeddings embeddings) {
        long start = System.nanoTime();
        this.knowledge = knowledge;
        this.passages = knowledge.passages();
        this.embeddings = Objects.requireNonNull(embeddings);
        this.lexical = new LexicalIndex(knowledge);
        this.dense = DenseIndex.build(knowledge, embeddings);
        for (var passage : passages) {
            var words = lexical.terms(String.join(" ", passage.title(), passage.keywords(), passage.heading(), passage.text()));
            passageWords.add(words);
            documentWords.computeIfAbsent(passage.docId(), id -> new HashSet<>(lexical.terms(String.join(" ",
                    knowledge.askedOf(id))))).addAll(words);
        }
        this.buildMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** A retriever over the same passages whose documents are no longer known to answer {@code questions}. */
    Retriever without(Set<String> questions) {
        return new Retriever(knowledge.without(questions), embeddings);
    }

    /** How long building both indexes took, embeddings included. */
    public long buildMillis() {
        return buildMillis;
    }

    public int size() {
        return passages.size();
    }

    public int windows() {
        return dense.windows();
    }

    /**
     * The best {@code k} passages, at most one per document (its best), only those of {@code course} when it is not
     * empty. One article's sections would otherwise crowd out every other article.
     */
    public List<Hit> search(String question, int k, String course, Mode mode) {
        return bestPerDocument(rank(question, course, mode), k);
    }

    /** Every passage (of {@code course} when it is not empty) that matches the question, best first. */
    public List<Hit> rank(String question, String course, Mode mode) {
        if (mode == Mode.BM25) {
            return lexical.search(question, LEXICAL_CANDIDATES, course).stream()
                    .map(s -> new Hit(passages.get(s.position()), s.score(), Float.NaN)).toList();
        }
        return rank(question, embeddings.embed(question), course, mode);
    }

    /** Every passage of every course ranked in both ways ({@link Mode#HYBRID}), with the question's likeness to those nothing answers. */
    public Ranking rankWithUnanswered(String question) {
        var query = embeddings.embed(question);
        return new Ranking(rank(question, query, "", Mode.HYBRID), dense.unanswered(query));
    }

    private List<Hit> rank(String question, float[] query, String course, Mode mode) {
        var meanings = dense.scores(query, course);
        var bm25 = new HashMap<Integer, Float>();
        var rarity = mode == Mode.HYBRID ? lexical.rarity(question, UNKNOWN_WORD_SHARE) : Map.<String, Double>of();
        if (mode == Mode.HYBRID) {
            lexical.search(question, LEXICAL_CANDIDATES, course).forEach(s -> bm25.put(s.position(), s.score()));
        }
        double best = bm25.values().stream().mapToDouble(Float::doubleValue).max().orElse(1);
        var hits = new ArrayList<Hit>();
        var coverage = new HashMap<String, Double>();
        IntStream.range(0, passages.size()).filter(i -> !Float.isNaN(meanings.parts()[i])).forEach(i -> {
            float part = meanings.parts()[i];
            float asked = Float.isNaN(meanings.asked()[i]) ? 0 : meanings.asked()[i];
            float meaning = Math.max(part, asked);
            double lexicalScore = bm25.containsKey(i)
                    ? bm25.get(i) / best * LexicalIndex.coverage(rarity, passageWords.get(i)) : 0;
            double score = mode == Mode.DENSE ? meaning
                    : LEXICAL_WEIGHT * lexicalScore + (1 - LEXICAL_WEIGHT) * part + ASKED_WEIGHT * asked
                    + CLASSIFIER_WEIGHT * meanings.classified()[i]
                    + COVERAGE_WEIGHT * coverage.computeIfAbsent(passages.get(i).docId(),
                            document -> LexicalIndex.coverage(rarity, documentWords.get(document)));
            hits.add(new Hit(passages.get(i), score, meaning));
        });
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits;
    }

    /**
     * A text's meaning as a unit vector, its spelling read as the knowledge spells it: two texts are as alike as the
     * {@link #cosine} of theirs. People's questions are embedded one by one, never into the cache of the knowledge's
     * vectors.
     */
    public float[] meaning(String text) {
        return embeddings.embed(correctSpelling(text));
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The words of a text as the lexical search compares them (stemmed, without stop words). */
    Set<String> terms(String text) {
        return lexical.terms(text);
    }

    /** The share of the question's words, weighed by rarity, that the text contains (see {@link LexicalIndex#coverage}). */
    double coverage(String question, String text, double unknownShare) {
        return lexical.coverage(question, text, unknownShare);
    }

    List<Passage> passages() {
        return passages;
    }

    KnowledgeBase knowledge() {
        return knowledge;
    }

    /** The question with words the knowledge never uses read as the closest ones it does ("drfit" as "drift"). */
    public String correctSpelling(String question) {
        return lexical.correctSpelling(question);
    }

    /** The ranking with {@code bonus} added to the passages {@code favoured}, sorted again. */
    static List<Hit> favour(List<Hit> ranked, Predicate<Passage> favoured, double bonus) {
        return ranked.stream().map(h -> favoured.test(h.passage()) ? new Hit(h.passage(), h.score() + bonus, h.cosine()) : h)
                .sorted(Comparator.comparingDouble(Hit::score).reversed()).toList();
    }

    static List<Hit> bestPerDocument(List<Hit> ranked, int k) {
        var seen = new HashSet<String>();
        var kept = new ArrayList<Hit>();
        for (var hit : ranked) {
            if (kept.size() == k) {
                break;
            }
            if (seen.add(hit.passage().docId())) {
                kept.add(hit);
            }
        }
        return kept;
    }
}
