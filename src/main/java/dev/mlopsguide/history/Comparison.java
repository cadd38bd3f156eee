package dev.mlopsguide.history;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The change between a team's result at one point and at a later one: overall and per area. Either result may
 * be missing (no assessment yet at that date).
 */
public record Comparison(Optional<AssessmentRecord> before, Optional<AssessmentRecord> after, Change overall,
                         Map<String, Change> areas) {

    public Comparison {
        areas = Collections.unmodifiableMap(new TreeMap<>(areas));
    }

    public static Comparison between(Optional<AssessmentRecord> before, Optional<AssessmentRecord> after) {
        var overall = new Change(level(before), level(after));
        var areaIds = new TreeSet<String>();
        before.ifPresent(r -> areaIds.addAll(r.areaLevels().keySet()));
        after.ifPresent(r -> areaIds.addAll(r.areaLevels().keySet()));
        var areas = new LinkedHashMap<String, Change>();
        for (var id : areaIds) {
            areas.put(id, new Change(
                    before.map(r -> r.areaLevel(id)).orElse(OptionalInt.empty()),
                    after.map(r -> r.areaLevel(id)).orElse(OptionalInt.empty())));
        }
        return new Comparison(before, after, overall, areas);
    }

    private static OptionalInt level(Optional<AssessmentRecord> record) {
        return record.map(r -> OptionalInt.of(r.level())).orElse(OptionalInt.empty());
    }
}
