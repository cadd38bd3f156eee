package dev.mlopsguide.history;

import dev.mlopsguide.maturity.Answers;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;

/** Assessment records for tests that only care when one was taken and what it scored. */
public final class Records {

    private Records() {
    }

    /** A complete assessment of team 1 taken alone in the form, with these levels overall and per area. */
    public static AssessmentRecord complete(long id, Instant at, int level, Map<String, Integer> areas) {
        return new AssessmentRecord(id, 1, "v1", "U1", AssessmentMode.MODAL, at, level, areas, 20, 20,
                OptionalInt.empty(), Answers.NONE);
    }
}
