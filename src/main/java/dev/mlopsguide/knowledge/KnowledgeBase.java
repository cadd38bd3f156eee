package dev.mlopsguide.knowledge;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** All passages the app can answer from: the built-in articles and any knowledge packs. */
public record KnowledgeBase(List<Passage> passages) {

    public KnowledgeBase {
        passages = List.copyOf(passages);
    }

    public KnowledgeBase plus(KnowledgeBase other) {
        return new KnowledgeBase(Stream.concat(passages.stream(), other.passages.stream()).toList());
    }

    /** How many distinct documents (articles, FAQ entries) the passages come from. */
    public long documents() {
        return passages.stream().map(Passage::docId).distinct().count();
    }

    public Map<String, Passage> byId() {
        return passages.stream().collect(Collectors.toMap(Passage::id, Function.identity(), (a, b) -> a));
    }
}
