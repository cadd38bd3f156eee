package dev.mlopsguide.digest;

import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.history.Comparison;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.ScoredAnswer;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.steps.AdoptedStep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Writes a team's digest for a week from its history: a pure function, so that it can be tested and previewed. */
public final class DigestComposer {

    /** How many weeks the chart shows, the digest's week included. */
    public static final int CHART_WEEKS = 8;

    private final Assessor assessor;

    public DigestComposer(Assessor assessor) {
        this.assessor = Objects.requireNonNull(assessor);
    }

    public Digest compose(String teamName, TeamHistory history, Optional<TeamProfile> profile, DigestWeek week) {
        return compose(teamName, history, profile, week, List.of());
    }

    /** With the next steps the team adopted, whose progress the digest reports. */
    public Digest compose(String teamName, TeamHistory history, Optional<TeamProfile> profile, DigestWeek week,
                          List<AdoptedStep> adopted) {
        var latest = history.asOf(week.end());
        var previous = history.asOf(week.start().minusNanos(1));
        var thisWeek = history.takenBetween(week.start(), week.end());
        // "Never assessed" only when nothing was taken by the time it is written: a Monday digest covers the week before.
        var kind = latest.isEmpty() ? (history.latest().isPresent() ? Digest.Kind.FIRST_AFTER_THE_WEEK : Digest.Kind.NEVER_ASSESSED)
                : previous.isEmpty() ? Digest.Kind.FIRST_WEEK
                : thisWeek.isEmpty() ? Digest.Kind.NO_ASSESSMENT_THIS_WEEK
                : Digest.Kind.REGULAR;
        var comparison = Comparison.between(previous, latest);
        var questionnaire = assessor.content().questionnaire();
        var areas = comparison.areas().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(questionnaire.areaOrder()))
                .map(e -> new Digest.AreaChange(e.getKey(), questionnaire.area(e.getKey()).map(a -> a.name()).orElse(e.getKey()),
                        e.getValue())).toList();
        var current = latest.map(r -> assessor.assess(r.answers(), profile));
        var bindingChanges = new ArrayList<String>();
        if (kind == Digest.Kind.REGULAR && current.isPresent()) {
            // Only what held the team back before is compared: its score, not a whole result with steps and target.
            var before = binding(assessor.score(previous.get().answers()).binding());
            var now = binding(current.get().score().binding());
            now.stream().filter(q -> !before.contains(q)).forEach(q -> bindingChanges.add("Now holding the team back: " + q));
            before.stream().filter(q -> !now.contains(q)).forEach(q -> bindingChanges.add("No longer holding the team back: " + q));
        }
        return new Digest(teamName, week, kind, current, comparison.overall(), areas, thisWeek, bindingChanges,
                weeks(history, week), adopted.stream().map(a -> new Digest.Adopted(assessor.content().nextStepTitle(a.stepId()), a))
                .toList());
    }

    private static LinkedHashSet<String> binding(List<ScoredAnswer> answers) {
        var texts = new LinkedHashSet<String>();
        answers.forEach(a -> texts.add(a.question().text()));
        return texts;
    }

    /** The standing at the end of each of the chart's weeks, oldest first, in one pass over the history. */
    private static List<Digest.WeekLevels> weeks(TeamHistory history, DigestWeek week) {
        var ends = new DigestWeek[CHART_WEEKS];
        var current = week;
        for (int i = CHART_WEEKS - 1; i >= 0; i--) {
            ends[i] = current;
            current = current.previous();
        }
        var records = history.records();
        var weeks = new ArrayList<Digest.WeekLevels>(CHART_WEEKS);
        int next = 0;
        AssessmentRecord standing = null;
        for (var end : ends) {
            while (next < records.size() && !records.get(next).takenAt().isAfter(end.end())) {
                standing = records.get(next++);
            }
            weeks.add(standing == null ? new Digest.WeekLevels(end.id(), null, Map.of())
                    : new Digest.WeekLevels(end.id(), standing.level(), standing.areaLevels()));
        }
        return weeks;
    }
}
