package dev.mlopsguide.digest;

import dev.mlopsguide.history.Comparison;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.ScoredAnswer;
import dev.mlopsguide.maturity.TeamProfile;
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
        var latest = history.asOf(week.end());
        var previous = history.asOf(week.start().minusNanos(1));
        var kind = latest.isEmpty() ? Digest.Kind.NEVER_ASSESSED
                : previous.isEmpty() ? Digest.Kind.FIRST_WEEK
                : history.takenBetween(week.start(), week.end()).isEmpty() ? Digest.Kind.NO_ASSESSMENT_THIS_WEEK
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
            var before = binding(assessor.assess(previous.get().answers(), profile).score().binding());
            var now = binding(current.get().score().binding());
            now.stream().filter(q -> !before.contains(q)).forEach(q -> bindingChanges.add("Now holding the team back: " + q));
            before.stream().filter(q -> !now.contains(q)).forEach(q -> bindingChanges.add("No longer holding the team back: " + q));
        }
        return new Digest(teamName, week, kind, current, comparison.overall(), areas,
                history.takenBetween(week.start(), week.end()), bindingChanges, weeks(history, week));
    }

    private static LinkedHashSet<String> binding(List<ScoredAnswer> answers) {
        var texts = new LinkedHashSet<String>();
        answers.forEach(a -> texts.add(a.question().text()));
        return texts;
    }

    private static List<Digest.WeekLevels> weeks(TeamHistory history, DigestWeek week) {
        var weeks = new ArrayList<Digest.WeekLevels>();
        var current = week;
        for (int i = 0; i < CHART_WEEKS; i++) {
            var standing = history.asOf(current.end());
            weeks.add(0, new Digest.WeekLevels(current.id(), standing.map(r -> r.level()).orElse(null),
                    standing.map(r -> r.areaLevels()).orElse(Map.of())));
            current = current.previous();
        }
        return weeks;
    }
}
