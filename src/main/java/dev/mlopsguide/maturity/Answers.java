package dev.mlopsguide.maturity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The chosen option id per question id. Immutable; {@link #with} and {@link #without} return new values. */
public record Answers(Map<String, String> byQuestion) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        byQuestion = Map.copyOf(byQuestion);
    }

    public Optional<String> optionOf(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    public Answers with(String questionId, String optionId) {
        var copy = new LinkedHashMap<>(byQuestion);
        copy.put(questionId, optionId);
        return new Answers(copy);
    }

    public Answers without(String questionId) {
        var copy = new LinkedHashMap<>(byQuestion);
        copy.remove(questionId);
        return new Answers(copy);
    }

    public int size() {
        return byQuestion.size();
    }
}
