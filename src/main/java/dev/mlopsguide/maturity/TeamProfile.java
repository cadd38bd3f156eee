package dev.mlopsguide.maturity;

import java.util.Objects;

/**
 * What a team runs and promises, from which its target level follows. {@code availability} is the availability
 * SLA in percent, or null when the team has none.
 */
public record TeamProfile(
        Stage stage,
        int modelsInProduction,
        RetrainingCadence retraining,
        ServingMode serving,
        Double availability,
        boolean regulated) {

    public TeamProfile {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(retraining, "retraining");
        Objects.requireNonNull(serving, "serving");
        if (modelsInProduction < 0) {
            throw new IllegalArgumentException("models in production cannot be negative: " + modelsInProduction);
        }
        if (availability != null && !(availability > 0 && availability <= 100)) {
            throw new IllegalArgumentException("availability must be a percentage above 0 and at most 100: " + availability);
        }
    }
}
