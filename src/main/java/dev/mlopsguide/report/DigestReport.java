package dev.mlopsguide.report;

import dev.mlopsguide.digest.Digest;
import dev.mlopsguide.digest.DigestChart;
import dev.mlopsguide.history.Change;
import dev.mlopsguide.steps.AdoptedStep;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A digest as text for a terminal, and as JSON. */
public final class DigestReport {

    private DigestReport() {
    }

    /** The digest for a terminal; {@code names} are the names of people by user id. */
    public static String text(Digest digest, Map<String, String> names) {
        var lines = new ArrayList<String>();
        lines.add(Markup.TEXT.heading(headline(digest)));
        lines.addAll(summary(digest, Wording.plain(names)));
        lines.add("");
        lines.add(DigestChart.text(digest));
        return String.join("\n", lines) + "\n";
    }

    /** The first line of a digest, also its notification text. */
    public static String headline(Digest digest) {
        var head = "MLOps digest of " + digest.teamName() + ", week " + digest.week().id();
        return digest.current().map(r -> head + ": level " + r.score().level() + " · " + r.level().name()
                + r.target().map(t -> " (target " + t.level() + ")").orElse(""))
                .orElse(head + (digest.kind() == Digest.Kind.FIRST_AFTER_THE_WEEK ? ": first assessed after this week" : ": no assessment yet"));
    }

    /**
     * The digest's facts as lines: the change, the areas, who assessed, what changed in the way, the next steps, the
     * adopted steps and their owners; each line in the given wording.
     */
    public static List<String> summary(Digest digest, Wording wording) {
        var lines = new ArrayList<String>();
        switch (digest.kind()) {
            case NEVER_ASSESSED -> lines.add("Nobody has assessed this team yet. Run /mlops-assess (alone, about five "
                    + "minutes) or /mlops-assess team (together, in a thread) to get a level, a target and next steps.");
            case FIRST_AFTER_THE_WEEK -> lines.add("This team was first assessed after this week; the digest of the week it was assessed in "
                    + "shows its level.");
            case FIRST_WEEK -> lines.add("The first assessment of this team happened this week: next week's digest will show the change.");
            case NO_ASSESSMENT_THIS_WEEK -> lines.add("No assessment this week. The level below is the last one; "
                    + "reassess after a change to see it move.");
            case REGULAR -> lines.add("Since last week: " + describe(digest.overall()) + ".");
        }
        if (digest.kind() == Digest.Kind.REGULAR) {
            digest.areas().forEach(a -> lines.add("  " + arrow(a.change()) + " " + a.name() + ": " + describe(a.change())));
        }
        var text = wording.text();
        lines.replaceAll(text);
        if (!digest.assessedThisWeek().isEmpty()) {
            lines.add("Assessed this week: " + String.join(", ", digest.assessedThisWeek().stream()
                    .map(r -> wording.person().apply(r.takenBy()) + " (" + r.mode().how() + ", level " + r.level() + ")")
                    .toList()) + ".");
        }
        digest.bindingChanges().forEach(change -> lines.add(text.apply(change)));
        digest.current().ifPresent(result -> {
            var steps = result.nextSteps().subList(0, Math.min(3, result.nextSteps().size()));
            if (!steps.isEmpty()) {
                lines.add(text.apply("Next steps: " + String.join("; ", steps.stream().map(s -> s.step().title()).toList()) + "."));
            } else if (result.isAtOrAboveTarget()) {
                lines.add("The team is at its target level.");
            }
        });
        if (!digest.adopted().isEmpty()) {
            var today = LocalDate.ofInstant(digest.week().end(), ZoneOffset.UTC);
            lines.add("Adopted steps: " + AdoptedStep.progress(digest.adopted().stream().map(Digest.Adopted::step)
                    .toList(), today) + ".");
            digest.adopted().stream().filter(a -> a.step().isOpen()).forEach(a -> lines.add("  " + text.apply(a.title())
                    + ": " + wording.person().apply(a.step().ownerId()) + ", " + a.step().status().id() + ", due "
                    + Wording.day(a.step().dueOn()) + (a.step().isOverdue(today) ? " (overdue)" : "")));
        }
        return lines;
    }

    public static String arrow(Change change) {
        return switch (change.direction()) {
            case UP -> "▲";
            case DOWN -> "▼";
            case SAME -> "=";
            case NEW -> "+";
            case GONE, NONE -> "·";
        };
    }

    static String describe(Change change) {
        return HistoryReport.describe(change).replaceAll("\\s+", " ").strip();
    }
}
