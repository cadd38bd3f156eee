package dev.mlopsguide.slack.blocks;

import static dev.mlopsguide.slack.blocks.Mrkdwn.escape;

import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.report.DigestReport;
import dev.mlopsguide.report.HistoryReport;
import java.util.ArrayList;
import java.util.List;

/** A team's results over time, in Slack: who assessed and when (each reader sees their own time), and the change. */
public final class HistoryBlocks {

    /** The most recent assessments listed; a section holds about 25 such lines. */
    static final int SHOWN = 20;

    private HistoryBlocks() {
    }

    /** {@code history} has at least one assessment; {@code teamName} heads it (a header is plain text). */
    public static List<LayoutBlock> history(Questionnaire questionnaire, String teamName, TeamHistory history) {
        var records = history.records();
        var lines = new ArrayList<String>();
        for (var record : records.subList(Math.max(0, records.size() - SHOWN), records.size())) {
            lines.add(Mrkdwn.bar(record.level()) + "  *level " + record.level() + "* · " + Mrkdwn.date(record.takenAt())
                    + " · " + Mrkdwn.user(record.takenBy()) + ", " + record.mode().how()
                    + (record.isPartial() ? " · " + record.partialInWords() : ""));
        }
        var list = new BlockList().header("MLOps history of " + teamName)
                .section(String.join("\n", lines));
        if (records.size() > SHOWN) {
            list.context("The " + SHOWN + " latest of " + records.size() + " assessments.");
        }
        var first = records.get(0);
        var latest = records.get(records.size() - 1);
        if (records.size() == 1) {
            return list.context("One assessment so far: the change shows from the next one.").build(Surface.MESSAGE, "");
        }
        var comparison = history.changeBetween(first.takenAt(), latest.takenAt());
        var changes = new ArrayList<String>();
        changes.add("*Since the first assessment* (" + Mrkdwn.date(first.takenAt()) + "): "
                + HistoryReport.describe(comparison.overall()));
        comparison.areas().keySet().stream().sorted(questionnaire.areaOrder()).forEach(id -> changes.add("• "
                + DigestReport.arrow(comparison.areas().get(id)) + " " + escape(questionnaire.area(id).map(a -> a.name()).orElse(id))
                + ": " + HistoryReport.describe(comparison.areas().get(id))));
        return list.section(String.join("\n", changes)).build(Surface.MESSAGE, "");
    }
}
