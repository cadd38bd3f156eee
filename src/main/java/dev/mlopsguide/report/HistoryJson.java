package dev.mlopsguide.report;

import dev.mlopsguide.history.Change;
import dev.mlopsguide.history.Comparison;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.Questionnaire;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** A team's results over time, and the change between two dates, as JSON. */
public record HistoryJson(String team, List<AssessmentJson> assessments, ChangeJson change) {

    public record AssessmentJson(long id, String takenAt, String takenBy, String mode, String questionnaireVersion,
                                 int level, Map<String, Integer> areas, int answered, int total, Integer targetLevel) {
    }

    public record ChangeJson(String from, String to, LevelChangeJson level, List<AreaChangeJson> areas) {
    }

    public record LevelChangeJson(Integer before, Integer after, String direction) {
    }

    public record AreaChangeJson(String id, String name, Integer before, Integer after, String direction) {
    }

    public static HistoryJson of(String team, TeamHistory history, Instant from, Instant to, Questionnaire questionnaire) {
        var assessments = history.records().stream().map(r -> new AssessmentJson(r.id(), r.takenAt().toString(),
                r.takenBy(), r.mode().id(), r.questionnaireVersion(), r.level(), r.areaLevels(), r.answered(), r.total(),
                r.targetLevel().isPresent() ? r.targetLevel().getAsInt() : null)).toList();
        var comparison = history.changeBetween(from, to);
        return new HistoryJson(team, assessments, new ChangeJson(from.toString(), to.toString(),
                level(comparison.overall()), areas(comparison, questionnaire)));
    }

    private static LevelChangeJson level(Change change) {
        return new LevelChangeJson(value(change.before()), value(change.after()), change.direction().name().toLowerCase(Locale.ROOT));
    }

    private static List<AreaChangeJson> areas(Comparison comparison, Questionnaire questionnaire) {
        return comparison.areas().entrySet().stream().sorted(Map.Entry.comparingByKey(questionnaire.areaOrder()))
                .map(e -> new AreaChangeJson(e.getKey(),
                questionnaire.area(e.getKey()).map(a -> a.name()).orElse(e.getKey()), value(e.getValue().before()),
                value(e.getValue().after()), e.getValue().direction().name().toLowerCase(Locale.ROOT))).toList();
    }

    private static Integer value(OptionalInt level) {
        return level.isPresent() ? level.getAsInt() : null;
    }
}
