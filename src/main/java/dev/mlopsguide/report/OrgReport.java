package dev.mlopsguide.report;

import dev.mlopsguide.maturity.Area;
import dev.mlopsguide.maturity.NextStep;
import dev.mlopsguide.org.OrgRollUp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The organisation's roll-up for a terminal, a document or a spreadsheet: a table of teams (level, target, gap, a
 * level per area, last assessed, change since the assessment before, adopted steps open and overdue), the teams below
 * target, the practices that hold
 * most teams back with the steps that lift them, and the weakest areas.
 */
public final class OrgReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SPREADSHEET_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final int BLOCKERS_SHOWN = 5;

    private final List<Area> areas;
    private final ZoneId zone;

    public OrgReport(List<Area> areas, ZoneId zone) {
        this.areas = List.copyOf(areas);
        this.zone = zone;
    }

    /** The roll-up as a text table ({@code markdown} false) or a Markdown document. */
    public String text(OrgRollUp rollUp, boolean markdown) {
        var rows = rollUp.rows();
        if (rows.isEmpty()) {
            return "No team has been assessed yet: run /mlops-assess in a team's channel, or 'mlops-guide assess --team NAME'.\n";
        }
        var header = header("last assessed");
        var table = rows.stream().map(row -> cells(row, DAY, change(row.change()))).toList();
        var out = new StringBuilder();
        var below = rollUp.belowTarget();
        out.append(rows.size()).append(rows.size() == 1 ? " team assessed" : " teams assessed").append(" · ")
                .append(below.size()).append(" below their target\n\n");
        out.append(markdown ? Tables.markdown(header, table) : Tables.text(header, table));
        if (!rollUp.blockers().isEmpty()) {
            out.append(markdown ? "\n## What holds most teams back\n\n" : "\nWhat holds most teams back:\n");
            int n = 1;
            for (var blocker : rollUp.blockers().subList(0, Math.min(BLOCKERS_SHOWN, rollUp.blockers().size()))) {
                out.append(n++).append(". ").append(blocker.question().text()).append(" · ")
                        .append(blocker.teams().size()).append(blocker.teams().size() == 1 ? " team (" : " teams (")
                        .append(String.join(", ", blocker.teams())).append(")\n");
                if (!blocker.steps().isEmpty()) {
                    out.append(markdown ? "   - lifted by: " : "   lifted by: ")
                            .append(blocker.steps().stream().map(NextStep::title).collect(Collectors.joining("; ")))
                            .append('\n');
                }
            }
        }
        out.append(markdown ? "\n## Weakest areas\n\n" : "\nWeakest areas (mean level, lowest):\n");
        rollUp.areas().stream().filter(a -> a.mean().isPresent())
                .sorted((a, b) -> Double.compare(a.mean().getAsDouble(), b.mean().getAsDouble()))
                .forEach(a -> out.append(markdown ? "- " : "  ").append(a.area().name()).append(": ")
                        .append(String.format(Locale.ROOT, "%.1f", a.mean().getAsDouble())).append(", lowest ")
                        .append(a.lowest().getAsInt()).append('\n'));
        return out.toString();
    }

    /** The teams' table as CSV for a spreadsheet: a header row, one row per team, days as YYYY-MM-DD. */
    public String csv(OrgRollUp rollUp) {
        return Tables.csv(header("last_assessed"), rollUp.rows().stream()
                .map(row -> cells(row, SPREADSHEET_DAY, number(row.change()))).toList());
    }

    /** The table's header: a team's figures, its areas by name, then when it was last assessed and its change. */
    private List<String> header(String lastAssessed) {
        var header = new ArrayList<>(List.of("team", "level", "target", "gap"));
        areas.forEach(area -> header.add(area.name()));
        header.addAll(List.of(lastAssessed, "change", "open steps", "overdue steps"));
        return header;
    }

    /** A team's row under {@link #header}: days as {@code day} writes them, its change as given. */
    private List<String> cells(OrgRollUp.Row row, DateTimeFormatter day, String change) {
        var cells = new ArrayList<>(List.of(row.team(), String.valueOf(row.level()), number(row.target()),
                row.target().isPresent() ? String.valueOf(row.gap()) : ""));
        areas.forEach(area -> cells.add(number(row.areaLevels().get(area.id()))));
        cells.add(day.format(row.assessedAt().atZone(zone)));
        cells.add(change);
        cells.add(String.valueOf(row.openSteps()));
        cells.add(String.valueOf(row.overdueSteps()));
        return cells;
    }

    /** A level or a change as a number; empty when there is none. */
    private static String number(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "";
    }

    /** A change in levels for people: "▲ 1", "▼ 2", "=", or "first" for a team's first assessment. */
    public static String change(OptionalInt change) {
        if (change.isEmpty()) {
            return "first";
        }
        int by = change.getAsInt();
        return by > 0 ? "▲ " + by : by < 0 ? "▼ " + -by : "=";
    }
}
