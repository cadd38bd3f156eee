package dev.mlopsguide.report;

import dev.mlopsguide.maturity.Level;
import dev.mlopsguide.maturity.LifecycleStep;
import java.util.ArrayList;
import java.util.List;

/** Renders the lifecycle steps and the maturity levels as readable text or Markdown. */
public final class ExplainReport {

    private final Markup markup;

    public ExplainReport(Markup markup) {
        this.markup = markup;
    }

    public String step(LifecycleStep step) {
        var lines = new ArrayList<String>();
        lines.add(markup.heading(step.name()));
        lines.add(step.what());
        lines.add("");
        lines.add(markup.bold("Why it matters:") + " " + step.why());
        section(lines, "Questions to ask", step.questions());
        section(lines, "Practices", step.practices());
        section(lines, "Example tools", step.tools());
        return String.join("\n", lines) + "\n";
    }

    public String levels(List<Level> levels) {
        var lines = new ArrayList<String>();
        for (var level : levels) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(markup.heading("Level " + level.number() + " · " + level.name()));
            lines.add(level.summary());
            level.characteristics().forEach(c -> lines.add(markup.bullet(c)));
            lines.add(markup.bold("Fits:") + " " + String.join("; ", level.useCases()));
        }
        return String.join("\n", lines) + "\n";
    }

    private void section(List<String> lines, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(markup.bold(title + ":"));
        items.forEach(i -> lines.add(markup.bullet(i)));
    }
}
