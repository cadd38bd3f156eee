package dev.mlopsguide.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        Regulation regulation) {

    public TeamProfile {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(retraining, "retraining");
        Objects.requireNonNull(serving, "serving");
        Objects.requireNonNull(regulation, "regulation");
        if (modelsInProduction < 0) {
            throw new IllegalArgumentException("models in production cannot be negative: " + modelsInProduction);
        }
        if (availability != null && !(availability > 0 && availability <= 100)) {
            throw new IllegalArgumentException("availability must be a percentage above 0 and at most 100: " + availability);
        }
    }

    /**
     * Answers of the profile that contradict each other, each said so that the person can check it; empty when the
     * profile holds together. The target is still computed: the person may know better.
     */
    public List<String> contradictions() {
        var found = new ArrayList<String>();
        if (stage == Stage.PROOF_OF_CONCEPT && modelsInProduction > 0) {
            found.add("A proof of concept with " + modelsInProduction + " model(s) in production: if people rely on "
                    + "their predictions, the stage is production.");
        }
        if (stage != Stage.PROOF_OF_CONCEPT && modelsInProduction == 0) {
            found.add("No model in production, yet the stage is " + stage.label().toLowerCase(Locale.ROOT)
                    + ": count the models whose predictions people use, or choose proof of concept.");
        }
        if (serving == ServingMode.NONE && modelsInProduction > 0) {
            found.add("Nothing deployed yet, but " + modelsInProduction + " model(s) in production: choose how the "
                    + "most important one serves its predictions.");
        }
        if (stage == Stage.PROOF_OF_CONCEPT && availability != null) {
            found.add("An availability SLA for a proof of concept: SLAs are promised for production services.");
        }
        return found;
    }
}
