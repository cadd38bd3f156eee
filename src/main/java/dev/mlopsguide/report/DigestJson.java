package dev.mlopsguide.report;

import dev.mlopsguide.digest.Digest;
import dev.mlopsguide.history.Change;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** A digest as JSON, for scripts. */
public record DigestJson(String team, String week, String kind, Integer level, String levelName, Integer target,
                         ChangeJson change, List<AreaJson> areas, List<AssessedJson> assessedThisWeek,
                         List<String> bindingChanges, List<StepJson> nextSteps, List<WeekJson> weeks) {

    public record ChangeJson(Integer before, Integer after, String direction) {
    }

    public record AreaJson(String id, String name, Integer before, Integer after, String direction) {
    }

    public record AssessedJson(String takenBy, String takenAt, String mode, int level) {
    }

    public record StepJson(String id, String title) {
    }

    public record WeekJson(String week, Integer level, Map<String, Integer> areas) {
    }

    public static DigestJson of(Digest digest) {
        var current = digest.current();
        return new DigestJson(digest.teamName(), digest.week().id(), digest.kind().name().toLowerCase(Locale.ROOT),
                current.map(r -> r.score().level()).orElse(null), current.map(r -> r.level().name()).orElse(null),
                current.flatMap(r -> r.target()).map(t -> t.level()).orElse(null), change(digest.overall()),
                digest.areas().stream().map(a -> new AreaJson(a.areaId(), a.name(), value(a.change().before()),
                        value(a.change().after()), direction(a.change()))).toList(),
                digest.assessedThisWeek().stream().map(r -> new AssessedJson(r.takenBy(), r.takenAt().toString(),
                        r.mode().id(), r.level())).toList(),
                digest.bindingChanges(),
                current.map(r -> r.nextSteps().stream().limit(3).map(s -> new StepJson(s.step().id(), s.step().title())).toList())
                        .orElse(List.of()),
                digest.weeks().stream().map(w -> new WeekJson(w.week(), w.level(), w.areas())).toList());
    }

    private static ChangeJson change(Change change) {
        return new ChangeJson(value(change.before()), value(change.after()), direction(change));
    }

    private static String direction(Change change) {
        return change.direction().name().toLowerCase(Locale.ROOT);
    }

    private static Integer value(OptionalInt level) {
        return level.isPresent() ? level.getAsInt() : null;
    }
}
