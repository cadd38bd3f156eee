package dev.mlopsguide.maturity;

import java.util.List;

/** A question applies only when an earlier question was answered with one of {@code optionIds}. */
public record Condition(String questionId, List<String> optionIds) {

    public Condition {
        optionIds = List.copyOf(optionIds);
    }

    boolean isMetBy(Answers answers) {
        return answers.optionOf(questionId).map(optionIds::contains).orElse(false);
    }
}
