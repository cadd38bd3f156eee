package dev.mlopsguide.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All passages the app can answer from: the built-in articles and any knowledge packs. {@code asked} holds, by
 * document id, questions a document answers as people word them (an article's {@code asked} front matter): they are
 * searched, never shown.
 */
public record KnowledgeBase(List<Passage> passages, Map<String, List<String>> asked) {

    public KnowledgeBase {
        passages = List.copyOf(passages);
        asked = Map.copyOf(asked);
    }

    public KnowledgeBase(List<Passage> passages) {
        this(passages, Map.of());
    }

    public KnowledgeBase plus(KnowledgeBase other) {
        var both = new HashMap<>(asked);
        both.putAll(other.asked);
        return new KnowledgeBase(Stream.concat(passages.stream(), other.passages.stream()).toList(), both);
    }

    /** The questions a document answers as people word them; none for most FAQ entries (their title is one). */
    public List<String> askedOf(String docId) {
        return asked.getOrDefault(docId, List.of());
    }

    /** How many distinct documents (articles, FAQ entries) the passages come from. */
    public long documents() {
        return passages.stream().map(Passage::docId).distinct().count();
    }

    public Map<String, Passage> byId() {
        return passages.stream().collect(Collectors.toMap(Passage::id, Function.identity(), (a, b) -> a));
    }
}
