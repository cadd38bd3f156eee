package dev.mlopsguide.maturity;

import java.util.List;

/**
 * One possible answer to a question. {@code capsAt} is the highest overall level consistent with this answer;
 * {@code nextSteps} are the catalogue ids of the steps that lift that cap.
 */
public record AnswerOption(String id, String label, int capsAt, List<String> nextSteps) {

    public AnswerOption {
        nextSteps = List.copyOf(nextSteps);
    }
}
