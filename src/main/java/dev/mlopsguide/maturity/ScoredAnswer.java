package dev.mlopsguide.maturity;

/** An answer to an applicable question, with the cap it puts on the level. */
public record ScoredAnswer(Question question, AnswerOption option) {

    public int capsAt() {
        return option.capsAt();
    }
}
