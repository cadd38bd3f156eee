package dev.mlopsguide.store;

import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.AssessmentResult;
import java.util.Map;

/**
 * An assessment to record: the team, who took it and how, the answers (with who gave each, for team threads)
 * and the result they scored.
 */
public record NewAssessment(long teamId, String takenBy, AssessmentMode mode, Answers answers,
                            Map<String, String> answeredBy, AssessmentResult result) {

    public NewAssessment {
        answeredBy = Map.copyOf(answeredBy);
    }
}
