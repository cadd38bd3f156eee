package dev.mlopsguide.store;

import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.AssessmentResult;
import java.util.Map;

/**
 * An assessment to record: the team, who took it and how, the answers (with who gave each, for team threads)
 * and the result they scored; {@code unconfirmed}: how many of the answers nobody confirmed (a check-in that closed
 * by itself), which makes the result partial.
 */
public record NewAssessment(long teamId, String takenBy, AssessmentMode mode, Answers answers,
                            Map<String, String> answeredBy, AssessmentResult result, int unconfirmed) {

    public NewAssessment {
        answeredBy = Map.copyOf(answeredBy);
    }

    public NewAssessment(long teamId, String takenBy, AssessmentMode mode, Answers answers,
                         Map<String, String> answeredBy, AssessmentResult result) {
        this(teamId, takenBy, mode, answers, answeredBy, result, 0);
    }
}
