package dev.mlopsguide.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All passages the app can answer from: the built-in articles and any knowledge packs, and, by document id, two kinds
 * of questions each answers, searched, never shown: those its article lists ({@code asked}, its front matter) and the
 * labelled questions people asked that name it ({@code labelled}, see {@link KnowledgeLoader}); the labelled questions
 * nothing answers are kept under {@value KnowledgeLoader#NOTHING}.
 */
public record KnowledgeBase(List<Passage> passages, Map<String, List<String>> asked, Map<String, List<String>> labelled) {

    public KnowledgeBase {
        passages = List.copyOf(passages);
        asked = Map.copyOf(asked);
        labelled = Map.copyOf(labelled);
    }

    public KnowledgeBase(List<Passage> passages, Map<String, List<String>> asked) {
        this(passages, asked, Map.of());
    }

    public KnowledgeBase(List<Passage> passages) {
        this(passages, Map.of());
    }

    public KnowledgeBase plus(KnowledgeBase other) {
        return new KnowledgeBase(Stream.concat(passages.stream(), other.passages.stream()).toList(),
                merged(asked, other.asked), merged(labelled, other.labelled));
    }

    private static Map<String, List<String>> merged(Map<String, List<String>> a, Map<String, List<String>> b) {
        var both = new HashMap<String, List<String>>(a);
        b.forEach((document, questions) -> both.merge(document, questions,
                (x, y) -> Stream.concat(x.stream(), y.stream()).toList()));
        return both;
    }

    /** The questions a document is known to answer, as people word them; none for most FAQ entries (their title is one). */
    public List<String> askedOf(String docId) {
        return Stream.concat(listedOf(docId).stream(), labelled.getOrDefault(docId, List.of()).stream()).toList();
    }

    /** The questions a document's own front matter lists: written with it, spelt as it spells. */
    public List<String> listedOf(String docId) {
        return asked.getOrDefault(docId, List.of());
    }

    /** The labelled questions nothing in the knowledge answers: off-topic ones, as people asked them here. */
    public List<String> unanswered() {
        return labelled.getOrDefault(KnowledgeLoader.NOTHING, List.of());
    }

    /** Every labelled question the knowledge was taught. */
    public Set<String> taught() {
        return labelled.values().stream().flatMap(List::stream).collect(Collectors.toSet());
    }

    /** The same knowledge, no longer taught the labelled {@code questions}. */
    public KnowledgeBase without(Set<String> questions) {
        var kept = new HashMap<String, List<String>>();
        labelled.forEach((document, list) -> kept.put(document, list.stream().filter(q -> !questions.contains(q)).toList()));
        return new KnowledgeBase(passages, asked, kept);
    }

    /** How many distinct documents (articles, FAQ entries) the passages come from. */
    public long documents() {
        return passages.stream().map(Passage::docId).distinct().count();
    }

    public Map<String, Passage> byId() {
        return passages.stream().collect(Collectors.toMap(Passage::id, Function.identity(), (a, b) -> a));
    }
}
