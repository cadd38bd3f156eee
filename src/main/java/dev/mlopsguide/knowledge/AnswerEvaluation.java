package dev.mlopsguide.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Judges whole answers, as a person reading them would: did the answer come from the right article (or the right
 * rule), first or among its three sources, and does its text contain the key facts a good answer must give? Also
 * how the "not sure" threshold trades precision for recall on the questions that are searched.
 */
public final class AnswerEvaluation {

    /** How many folds the questions the knowledge was taught are measured in. */
    public static final int FOLDS = 5;

    /** What a question expects: an article id, {@code intent:NAME} for the domain's answers, or {@code none}. */
    public record Case(String question, String kind, String split, List<String> expected, List<List<String>> facts) {
        boolean expectsNothing() {
            return expected.equals(List.of(KnowledgeLoader.NOTHING));
        }

        boolean expectsIntent() {
            return expected.stream().anyMatch(e -> e.startsWith("intent:"));
        }
    }

    /** How one answer fared. {@code topRight} ignores the threshold: whether the best source is right. */
    public record Outcome(Case question, Answerer.Answer answer, boolean rightAt1, boolean rightAt3, boolean topRight,
                          int factsFound) {
        public double factRecall() {
            return question.facts().isEmpty() ? 1 : (double) factsFound / question.facts().size();
        }
    }

    /**
     * Figures for a group of questions: {@code sureAt1} is the part of {@code rightAt1} answered without saying the
     * answer may not be what was asked; {@code tentative} counts the answers that said so.
     */
    public record Metrics(int questions, double rightAt1, double sureAt1, double rightAt3, double factRecall,
                          int tentative) {
    }

    /**
     * With a threshold at {@code threshold}: the share of confident answers that are right, the share of answerable
     * questions kept, and F0.5, which weighs precision twice as much as recall: a wrong answer given confidently costs
     * more than an honest "not sure" that names the closest article.
     */
    public record Tradeoff(double threshold, double precision, double recall, double f05) {
    }

    /**
     * Figures overall and per kind of question, the threshold's trade-off, and every question not fully right;
     * {@code taught} counts the questions the knowledge had been taught, each measured without it (see {@link #run}).
     */
    public record Report(Metrics overall, Map<String, Metrics> kinds, List<Tradeoff> tradeoffs, List<Outcome> misses,
                         int taught, long millis) {
        /** The threshold with the best F0.5, the highest of equals (fewer confident mistakes for the same score). */
        public Tradeoff best() {
            return tradeoffs.stream().max(Comparator.comparingDouble((Tradeoff t) -> Math.round(t.f05() * 1000))
                    .thenComparingDouble(Tradeoff::threshold)).orElseThrow();
        }
    }

    private AnswerEvaluation() {
    }

    /**
     * Answers and judges each question. The questions the knowledge was taught (those of {@code questions.csv} not
     * held apart, see {@link KnowledgeLoader}) would find themselves: they are measured in {@value #FOLDS} folds of
     * consecutive questions, each answered by an answerer taught every other fold. Consecutive, because a question's
     * rewordings were written next to it, and measuring one while taught its neighbour would flatter the figure.
     */
    public static Report run(Answerer answerer, List<Case> cases) {
        long start = System.nanoTime();
        var taught = answerer.knowledge().taught();
        var answers = new Answerer.Answer[cases.size()];
        int[] learnt = IntStream.range(0, cases.size()).filter(i -> taught.contains(cases.get(i).question())).toArray();
        for (int fold = 0; fold < FOLDS; fold++) {
            int first = learnt.length * fold / FOLDS;
            int end = learnt.length * (fold + 1) / FOLDS;
            var apart = Arrays.stream(learnt, first, end).mapToObj(i -> cases.get(i).question()).collect(Collectors.toSet());
            if (!apart.isEmpty()) {
                var untaught = answerer.without(apart);
                Arrays.stream(learnt, first, end).forEach(i -> answers[i] = ask(untaught, cases.get(i)));
            }
        }
        var outcomes = IntStream.range(0, cases.size()).mapToObj(i -> judge(cases.get(i),
                answers[i] == null ? ask(answerer, cases.get(i)) : answers[i])).toList();
        var kinds = new TreeMap<String, Metrics>();
        outcomes.stream().collect(Collectors.groupingBy(o -> o.question().kind()))
                .forEach((kind, list) -> kinds.put(kind, metricsOf(list)));
        var misses = outcomes.stream().filter(o -> !o.rightAt1() || o.factRecall() < 1).toList();
        return new Report(metricsOf(outcomes), kinds, tradeoffs(outcomes), misses, learnt.length,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Answerer.Answer ask(Answerer answerer, Case question) {
        return answerer.answer(question.question(), () -> Answerer.TeamContext.UNKNOWN);
    }

    static Outcome judge(Case question, Answerer.Answer answer) {
        var text = plain(answer.text());
        int found = (int) question.facts().stream().filter(f -> f.stream().anyMatch(text::contains)).count();
        if (question.expectsNothing()) {
            return new Outcome(question, answer, !answer.answers(), !answer.answers(), false, found);
        }
        if (question.expectsIntent() && answer.intent() != Intent.SEARCH) {
            boolean right = question.expected().contains("intent:" + answer.intent().name().toLowerCase(Locale.ROOT));
            return new Outcome(question, answer, right, right, right, found);
        }
        // A searched answer is judged by its articles, also when an intent is expected besides an article ("level
        // three in plain words": the level's article answers too). Articles, not passages: two parts of one article
        // are one article read, and leave room for two others.
        var documents = answer.sources().stream().map(s -> s.id().split("#", 2)[0]).distinct().toList();
        boolean top = !documents.isEmpty() && question.expected().contains(documents.get(0));
        boolean inThree = documents.stream().limit(3).anyMatch(question.expected()::contains);
        return new Outcome(question, answer, top && answer.answers(), inThree && answer.answers(), top, found);
    }

    static Metrics metricsOf(List<Outcome> outcomes) {
        int n = outcomes.size();
        double atOne = outcomes.stream().filter(Outcome::rightAt1).count();
        double sure = outcomes.stream().filter(o -> o.rightAt1() && o.answer().certainty() != Answerer.Certainty.TENTATIVE).count();
        double atThree = outcomes.stream().filter(Outcome::rightAt3).count();
        double recall = outcomes.stream().mapToDouble(Outcome::factRecall).average().orElse(0);
        int tentative = (int) outcomes.stream().filter(o -> o.answer().certainty() == Answerer.Certainty.TENTATIVE).count();
        return n == 0 ? new Metrics(0, 0, 0, 0, 0, 0) : new Metrics(n, atOne / n, sure / n, atThree / n, recall, tentative);
    }

    /**
     * Precision and recall of "confident" for thresholds from 0.20 to 0.60, over the searched answers: precision is
     * the share of answers above the threshold whose best source is right, recall the share of answerable questions
     * with a right best source that stay above it.
     */
    static List<Tradeoff> tradeoffs(List<Outcome> outcomes) {
        var searched = outcomes.stream().filter(o -> o.answer().intent() == Intent.SEARCH).toList();
        var tradeoffs = new ArrayList<Tradeoff>();
        for (int step = 0; step <= 16; step++) {
            double threshold = 0.20 + step * 0.025;
            var kept = searched.stream().filter(o -> o.answer().confidence() >= threshold).toList();
            long right = kept.stream().filter(Outcome::topRight).count();
            long answerable = searched.stream().filter(Outcome::topRight).count();
            double precision = kept.isEmpty() ? 1 : (double) right / kept.size();
            double recall = answerable == 0 ? 1 : (double) right / answerable;
            double f05 = precision + recall == 0 ? 0 : 1.25 * precision * recall / (0.25 * precision + recall);
            tradeoffs.add(new Tradeoff(threshold, precision, recall, f05));
        }
        return tradeoffs;
    }

    /** The answer as a reader sees it, for finding facts: lower case, without Markdown markers. */
    static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[*_`]", "");
    }

    /**
     * Reads questions from a CSV with the header {@code question,kind,split,expected,facts}: {@code expected} holds
     * one or more accepted answers separated by {@code |}; {@code facts} holds facts separated by {@code ;}, each
     * with alternative wordings separated by {@code |}. Only rows of {@code split} are kept, unless it is empty.
     */
    public static List<Case> read(Path file, String split) throws IOException {
        var rows = Csv.parse(Files.readString(file));
        if (rows.isEmpty()) {
            return List.of();
        }
        var header = rows.get(0);
        var columns = List.of("question", "kind", "split", "expected", "facts");
        if (!header.containsAll(columns)) {
            throw new IOException(file + ": the first line must name the columns " + String.join(", ", columns));
        }
        var cases = new ArrayList<Case>();
        for (var row : rows.subList(1, rows.size())) {
            if (row.size() < header.size()) {
                continue;
            }
            Function<String, String> cell = name -> row.get(header.indexOf(name)).strip();
            if (!split.isEmpty() && !cell.apply("split").equals(split)) {
                continue;
            }
            var facts = Arrays.stream(cell.apply("facts").split(";")).map(String::strip).filter(f -> !f.isEmpty())
                    .map(f -> Arrays.stream(f.split("\\|")).map(a -> a.strip().toLowerCase(Locale.ROOT)).toList())
                    .toList();
            cases.add(new Case(cell.apply("question"), cell.apply("kind"), cell.apply("split"),
                    Arrays.stream(cell.apply("expected").split("\\|")).map(String::strip).toList(), facts));
        }
        return cases;
    }
}
