package dev.mlopsguide.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Composes a searched answer from the passages ranked for a question. The best article gives the section that suits
 * the kind of question (a "how do we…" gets "How to detect it", not the definition; when no section suits, the
 * introduction), or whose heading shares a word with the question; a second part is added from another of its
 * sections: one that suits too or is nearly as relevant, else its introduction (what the thing is, often why it
 * matters), else its next best section; for a comparison it comes from the other article compared, and for a symptom
 * with two likely causes from the other cause's article. Each part is headed
 * by where it comes from, and long passages are cut to their sentences that share the most words with the question,
 * in their order, so that the answer fits a chat message: the second part has what the first left of the budget, and
 * a third, the article's next section, what the two left when that is room for more than a sentence.
 */
final class AnswerComposer {

    /** What a section that suits the kind of question is worth, on the retriever's scale (cosine-like, 0-1). */
    static final double KIND_BONUS = 0.06;
    /** What a section whose heading shares a word with the question is worth ("detection", "How to detect it"). */
    static final double HEADING_BONUS = 0.05;
    /** How far below the first part another section of the same article may score and still be added. */
    static final double SAME_ARTICLE_MARGIN = 0.08;
    /** How far below the best article a second article compared may score and still be added. */
    static final double COMPARED_MARGIN = 0.2;
    static final int FIRST_PART = 700;
    /** The characters of all parts together, headings aside. */
    static final int BUDGET = 1_080;
    /** The least room worth a third part: less holds barely a sentence. */
    static final int SHORTEST_PART = 150;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z`(])");

    /** The answer's text and the passages it was composed from, first part first. */
    record Composition(String text, List<Passage> parts) {
    }

    private final Function<String, Set<String>> terms;

    /** {@code terms} reads the words of a text as the search compares them (stemmed, without stop words). */
    AnswerComposer(Function<String, Set<String>> terms) {
        this.terms = terms;
    }

    /**
     * {@code likeliest} are the articles about the likeliest causes of the symptoms the question tells (see
     * {@link Symptoms.Told}): when the best article is one of them, another of them gives the second part.
     */
    Composition compose(String question, QuestionKind kind, List<Retriever.Hit> ranked, Set<String> likeliest) {
        var topDocument = ranked.get(0).passage().docId();
        var asked = terms.apply(question);
        var sections = ranked.stream().filter(h -> h.passage().docId().equals(topDocument)).toList();
        boolean anySuits = sections.stream().anyMatch(h -> kind.suits(h.passage()));
        // Each section's worth, reckoned once (the sort would otherwise read every heading's words per comparison).
        var worth = new IdentityHashMap<Retriever.Hit, Double>();
        sections.forEach(h -> worth.put(h, h.score()
                + (kind.suits(h.passage()) ? KIND_BONUS : !anySuits && h.passage().heading().isEmpty() ? KIND_BONUS / 2 : 0)
                + (terms.apply(h.passage().heading()).stream().anyMatch(asked::contains) ? HEADING_BONUS : 0)));
        sections = sections.stream().sorted(Comparator.comparingDouble(worth::get).reversed()).toList();
        var first = sections.get(0);
        var otherArticles = ranked.stream().filter(h -> !h.passage().docId().equals(topDocument));
        Retriever.Hit second = null;
        if (kind == QuestionKind.COMPARE) {
            second = otherArticles.findFirst().filter(h -> h.score() >= ranked.get(0).score() - COMPARED_MARGIN).orElse(null);
        } else if (likeliest.contains(topDocument)) {
            second = otherArticles.filter(h -> likeliest.contains(h.passage().docId())).findFirst()
                    .map(cause -> sectionThatSuits(ranked, cause.passage().docId(), kind).orElse(cause)).orElse(null);
        }
        if (second == null) {
            var others = sections.subList(1, sections.size());
            second = others.stream().filter(h -> kind.suits(h.passage())).findFirst()
                    .or(() -> others.stream().findFirst()
                            .filter(h -> worth.get(h) >= worth.get(first) - SAME_ARTICLE_MARGIN))
                    .or(() -> others.stream().filter(h -> h.passage().heading().isEmpty()).findFirst())
                    .or(() -> others.stream().findFirst())
                    .orElse(null);
        }
        var firstExcerpt = excerpt(first.passage().text(), asked, FIRST_PART);
        var text = new StringBuilder("**" + first.passage().label() + "**\n").append(firstExcerpt);
        var parts = new ArrayList<>(List.of(first.passage()));
        int left = BUDGET - firstExcerpt.length();
        if (second != null) {
            left -= append(text, parts, second.passage(), asked, left);
            // What the two parts left goes to the article's next section: the key facts are often one section away.
            var third = sections.stream().map(Retriever.Hit::passage).filter(p -> !parts.contains(p)).findFirst();
            if (third.isPresent() && left >= SHORTEST_PART) {
                append(text, parts, third.get(), asked, left);
            }
        }
        return new Composition(text.toString(), parts);
    }

    /** The best-ranked section of an article that suits the kind of question: "Make it one step" for a symptom. */
    private static Optional<Retriever.Hit> sectionThatSuits(List<Retriever.Hit> ranked, String article, QuestionKind kind) {
        return ranked.stream().filter(h -> h.passage().docId().equals(article) && kind.suits(h.passage())).findFirst();
    }

    /** Adds a part headed by its source, cut to {@code budget}; returns the characters of its excerpt. */
    private int append(StringBuilder text, List<Passage> parts, Passage part, Set<String> asked, int budget) {
        var excerpt = excerpt(part.text(), asked, budget);
        text.append("\n**").append(part.label()).append("**\n").append(excerpt);
        parts.add(part);
        return excerpt.length();
    }

    /** One sentence or list item of a passage; {@code opensLine} when it starts a line of its own. */
    private record Unit(String text, boolean opensLine) {
    }

    /**
     * The passage whole when it fits in {@code budget} characters; otherwise its first sentence and then the sentences
     * sharing the most words with the question, as many as fit, in the passage's order, ending with an ellipsis.
     */
    String excerpt(String text, Set<String> asked, int budget) {
        if (text.length() <= budget) {
            return text;
        }
        var units = units(text);
        var overlap = units.stream().map(u -> (int) terms.apply(u.text()).stream().filter(asked::contains).count()).toList();
        var order = new ArrayList<Integer>();
        for (int i = 1; i < units.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -overlap.get(i)).thenComparingInt(i -> i));
        var kept = new boolean[units.size()];
        kept[0] = true;
        int length = units.get(0).text().length();
        for (int i : order) {
            int more = units.get(i).text().length() + 1;
            if (length + more <= budget) {
                kept[i] = true;
                length += more;
            }
        }
        var excerpt = new StringBuilder();
        boolean cut = false;
        for (int i = 0; i < units.size(); i++) {
            if (!kept[i]) {
                cut = true;
                continue;
            }
            if (excerpt.length() > 0) {
                excerpt.append(units.get(i).opensLine() ? "\n" : " ");
            }
            excerpt.append(units.get(i).text());
        }
        return cut ? excerpt.append(" …").toString() : excerpt.toString();
    }

    private static List<Unit> units(String text) {
        var units = new ArrayList<Unit>();
        for (var line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            var sentences = SENTENCE_END.split(line.strip());
            for (int i = 0; i < sentences.length; i++) {
                units.add(new Unit(sentences[i], i == 0));
            }
        }
        return units;
    }
}
