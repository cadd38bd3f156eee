package dev.mlopsguide.digest;

import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.history.Change;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.steps.AdoptedStep;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's weekly maturity digest: where it stands, how that changed since the previous week, who assessed, what to
 * do next, the levels of the last weeks for the chart, and how the next steps the team adopted are going.
 */
public record Digest(
        String teamName,
        DigestWeek week,
        Kind kind,
        Optional<AssessmentResult> current,
        Change overall,
        List<AreaChange> areas,
        List<AssessmentRecord> assessedThisWeek,
        List<String> bindingChanges,
        List<WeekLevels> weeks,
        List<Adopted> adopted) {

    /** Which digest it is. */
    public enum Kind {
        /** The team was never assessed: the digest nudges it to start. */
        NEVER_ASSESSED,
        /** The team's first assessment came after the week, as on a Monday digest: the digest of its week shows it. */
        FIRST_AFTER_THE_WEEK,
        /** The team's first assessment happened this week: nothing to compare with yet. */
        FIRST_WEEK,
        /** Nobody assessed this week: the standing result, and a nudge. */
        NO_ASSESSMENT_THIS_WEEK,
        /** Assessments this week, compared with the previous week. */
        REGULAR
    }

    /** Whether the week has a level to chart: the team was assessed by the week's end. */
    public boolean charted() {
        return kind != Kind.NEVER_ASSESSED && kind != Kind.FIRST_AFTER_THE_WEEK;
    }

    /** A next step the team adopted, with its title in the catalogue. */
    public record Adopted(String title, AdoptedStep step) {
    }

    /** How one area moved since the previous week. */
    public record AreaChange(String areaId, String name, Change change) {
    }

    /** The level overall and per area that stood at the end of a week (empty maps before any assessment). */
    public record WeekLevels(String week, Integer level, Map<String, Integer> areas) {
    }

    public Digest {
        areas = List.copyOf(areas);
        assessedThisWeek = List.copyOf(assessedThisWeek);
        bindingChanges = List.copyOf(bindingChanges);
        weeks = List.copyOf(weeks);
    }
}
