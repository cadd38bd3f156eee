package dev.mlopsguide.report;

import dev.mlopsguide.history.Change;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.Questionnaire;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;

/** A team's results over time as a small text chart, with the change between two dates. */
public final class HistoryReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Questionnaire questionnaire;
    private final ZoneId zone;

    public HistoryReport(Questionnaire questionnaire, ZoneId zone) {
        this.questionnaire = questionnaire;
        this.zone = zone;
    }

    /** {@code names} are the names of people by user id (a terminal user's own name is not in it). */
    public String render(String team, TeamHistory history, Instant from, Instant to, Map<String, String> names) {
        var person = Wording.plain(names).person();
        var lines = new ArrayList<String>();
        var records = history.records();
        lines.add("Team '" + team + "' · " + records.size() + (records.size() == 1 ? " assessment" : " assessments"));
        if (records.isEmpty()) {
            lines.add("No assessments yet: run 'mlops-guide assess --team " + team + "'.");
            return String.join("\n", lines) + "\n";
        }
        for (var record : records) {
            lines.add("  " + WHEN.format(record.takenAt().atZone(zone)) + "  " + LevelBar.of(record.level())
                    + "  level " + record.level() + "  " + person.apply(record.takenBy()) + " (" + record.mode().how() + ")"
                    + (record.isPartial() ? "  " + record.partialInWords() : ""));
        }
        lines.add("Times in " + zone.getId() + ".");
        var comparison = history.changeBetween(from, to);
        if (comparison.before().isPresent() && comparison.before().equals(comparison.after())) {
            lines.add("One assessment in this period: the change shows from the next one.");
            return String.join("\n", lines) + "\n";
        }
        lines.add("");
        lines.add("Change from " + WHEN.format(from.atZone(zone)) + " to " + WHEN.format(to.atZone(zone)) + ": "
                + describe(comparison.overall()));
        int width = comparison.areas().keySet().stream().mapToInt(id -> name(id).length()).max().orElse(0);
        comparison.areas().keySet().stream().sorted(questionnaire.areaOrder()).forEach(id -> lines.add(
                "  " + String.format("%-" + width + "s", name(id)) + "  " + describe(comparison.areas().get(id))));
        return String.join("\n", lines) + "\n";
    }

    private String name(String areaId) {
        return questionnaire.area(areaId).map(a -> a.name()).orElse(areaId);
    }

    /** A change in levels in words and arrows: "1 → 2  ▲ 1". */
    public static String describe(Change change) {
        return switch (change.direction()) {
            case UP -> change.before().getAsInt() + " → " + change.after().getAsInt() + "  ▲ " + change.delta();
            case DOWN -> change.before().getAsInt() + " → " + change.after().getAsInt() + "  ▼ " + -change.delta();
            case SAME -> change.after().getAsInt() + "  unchanged";
            case NEW -> "new at " + change.after().getAsInt();
            case GONE -> change.before().getAsInt() + " → not answered";
            case NONE -> "no assessment yet";
        };
    }
}
