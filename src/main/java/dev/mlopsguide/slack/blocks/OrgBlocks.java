package dev.mlopsguide.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.maturity.Area;
import dev.mlopsguide.maturity.NextStep;
import dev.mlopsguide.org.OrgRollUp;
import dev.mlopsguide.org.OrgWeek;
import dev.mlopsguide.report.OrgReport;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every team at a glance, in Slack: a compact table (a level per area, numbered by a legend, the target beside the
 * overall level), what holds most teams back with the steps that lift it, and the weakest areas.
 */
public final class OrgBlocks {

    private static final int TEAM_WIDTH = 22;
    private static final int BLOCKERS_SHOWN = 3;

    private OrgBlocks() {
    }

    /** {@code where}: where the heat map is, or why it is not. */
    public static List<LayoutBlock> rollUp(OrgRollUp rollUp, List<Area> areas, String where) {
        var list = new BlockList().header("Every team at a glance");
        if (rollUp.rows().isEmpty()) {
            return list.section("No team has been assessed yet: `/mlops-assess` in a team's channel starts.")
                    .build(Surface.MESSAGE, "");
        }
        list.context(rollUp.rows().size() + (rollUp.rows().size() == 1 ? " team" : " teams") + " assessed · "
                + rollUp.belowTarget().size() + " below their target (the furthest first) · " + where);
        var table = new StringBuilder(pad("team", TEAM_WIDTH) + " level (target)  areas "
                + IntStream.rangeClosed(1, areas.size()).mapToObj(String::valueOf).collect(Collectors.joining(" "))
                + "  change  steps\n");
        for (var row : rollUp.rows()) {
            table.append(pad(row.team(), TEAM_WIDTH)).append(' ')
                    .append(pad(row.level() + row.target().stream().mapToObj(t -> " (" + t + ")").findFirst().orElse(""), 15))
                    .append(' ').append(pad("", 6)).append(areas.stream().map(a -> level(row.areaLevels().get(a.id())))
                            .collect(Collectors.joining(" ")))
                    .append("  ").append(pad(OrgReport.change(row.change()), 6)).append("  ")
                    .append(row.openSteps() == 0 ? "–" : row.openSteps() + (row.overdueSteps() == 0 ? "" : " ("
                            + row.overdueSteps() + " late)")).append('\n');
        }
        list.section(Mrkdwn.codeBlock(table.toString(), BlockList.SECTION_TEXT));
        list.context("Areas: " + IntStream.range(0, areas.size()).mapToObj(i -> (i + 1) + " " + areas.get(i).name())
                .collect(Collectors.joining(" · ")));
        if (!rollUp.blockers().isEmpty()) {
            var blockers = new StringBuilder("*What holds most teams back*");
            int n = 1;
            for (var blocker : rollUp.blockers().subList(0, Math.min(BLOCKERS_SHOWN, rollUp.blockers().size()))) {
                blockers.append('\n').append(n++).append(". ").append(Mrkdwn.escape(blocker.question().text()))
                        .append(" · *").append(blocker.teams().size()).append(blocker.teams().size() == 1 ? " team" : " teams")
                        .append("*: ").append(Mrkdwn.escape(String.join(", ", blocker.teams())));
                if (!blocker.steps().isEmpty()) {
                    blockers.append("\n   lifted by ").append(Mrkdwn.escape(blocker.steps().stream().map(NextStep::title)
                            .collect(Collectors.joining("; "))));
                }
            }
            list.section(blockers.toString());
        }
        list.section("*Weakest areas:* " + rollUp.areas().stream().filter(a -> a.mean().isPresent())
                .sorted((a, b) -> Double.compare(a.mean().getAsDouble(), b.mean().getAsDouble())).limit(3)
                .map(a -> Mrkdwn.escape(a.area().name()) + String.format(Locale.ROOT, " (%.1f on average)",
                        a.mean().getAsDouble())).collect(Collectors.joining(", ")));
        return list.build(Surface.MESSAGE, "Run `mlops-guide org --format csv` for every team in a spreadsheet.");
    }

    /** The weekly digest of every team: levels that moved, teams that slipped, practices holding more teams back. */
    public static List<LayoutBlock> week(OrgWeek week, Instant since) {
        var list = new BlockList().header(":office: Every team's week")
                .context("Since " + Mrkdwn.date(since) + " · " + week.teams() + (week.teams() == 1 ? " team" : " teams")
                        + " assessed · `/mlops-assess org` shows the table and the heat map");
        if (!week.moves().isEmpty()) {
            list.section("*Levels that moved*\n" + week.moves().stream().map(move -> "• " + Mrkdwn.escape(move.team())
                    + ": " + move.before().map(b -> b + " → " + move.now() + "  " + OrgReport.change(
                    OptionalInt.of(move.now() - b))).orElse("first assessed, level " + move.now()))
                    .collect(Collectors.joining("\n")));
        }
        if (!week.slipped().isEmpty()) {
            list.section("*Slipped*\n" + week.slipped().stream().map(row -> "• " + Mrkdwn.escape(row.team())
                    + ": level " + row.level() + row.target().stream().mapToObj(t -> ", target " + t).findFirst()
                    .orElse("")).collect(Collectors.joining("\n")));
        }
        if (!week.newBlockers().isEmpty()) {
            list.section("*Holding more teams back*\n" + week.newBlockers().stream().map(b -> "• "
                    + Mrkdwn.escape(b.question().text()) + " · " + b.teams().size()
                    + (b.teams().size() == 1 ? " team" : " teams")).collect(Collectors.joining("\n")));
        }
        if (week.overdueSteps() > 0) {
            list.context(":warning: " + week.overdueSteps() + (week.overdueSteps() == 1 ? " adopted step is" : " adopted steps are")
                    + " past due: `/mlops-assess steps` in a team's channel shows them.");
        }
        return list.build(Surface.MESSAGE, "");
    }

    /** The App Home's section for those who see every team: how many are below target, and what holds most back. */
    public static List<LayoutBlock> homeSection(OrgRollUp rollUp) {
        var list = new BlockList().divider().section("*Every team of the workspace* (you see them as "
                + "an admin)");
        if (rollUp.rows().isEmpty()) {
            return list.context("No team has been assessed yet.").build(Surface.HOME, "");
        }
        var below = rollUp.belowTarget();
        list.section(rollUp.rows().size() + (rollUp.rows().size() == 1 ? " team assessed, " : " teams assessed, ")
                + below.size() + " below their target" + (below.isEmpty() ? "." : ": " + below.stream().limit(5)
                .map(r -> Mrkdwn.escape(r.team()) + " (" + r.level() + " of " + r.target().getAsInt() + ")")
                .collect(Collectors.joining(", ")) + (below.size() > 5 ? ", …" : "") + "."));
        rollUp.blockers().stream().findFirst().ifPresent(blocker -> list.section("What holds most teams back: "
                + Mrkdwn.escape(blocker.question().text()) + " (" + blocker.teams().size()
                + (blocker.teams().size() == 1 ? " team)" : " teams)")));
        return list.context("`/mlops-assess org` shows the whole table and its heat map.").build(Surface.HOME, "");
    }

    private static String level(OptionalInt level) {
        return level.isPresent() ? String.valueOf(level.getAsInt()) : "?";
    }

    private static String pad(String text, int width) {
        var cut = text.length() > width ? text.substring(0, width - 1) + "…" : text;
        return String.format("%-" + width + "s", cut);
    }
}
