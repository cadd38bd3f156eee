package dev.mlopsguide.report;

import dev.mlopsguide.steps.AdoptedStep;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The next steps teams adopted, for a terminal, a spreadsheet or a program: team, step, owner, due date, status,
 * whether it is overdue, the question it lifts, and its issue.
 */
public final class StepsReport {

    private static final List<String> HEADER = List.of("team", "step", "owner", "due", "status", "overdue",
            "lifts question", "issue");

    /** An adopted step with what the report says of it: its team's name, its title, the question it lifts. */
    public record Line(String team, String title, String question, AdoptedStep step) {
    }

    private final Wording wording;
    private final LocalDate today;

    /** {@code wording} names the owners; {@code today} tells which steps are overdue. */
    public StepsReport(Wording wording, LocalDate today) {
        this.wording = wording;
        this.today = today;
    }

    public String text(List<Line> lines) {
        if (lines.isEmpty()) {
            return "No team has adopted a next step yet: press Adopt beside a next step in Slack.\n";
        }
        return AdoptedStep.progress(lines.stream().map(Line::step).toList(), today) + "\n\n"
                + Tables.text(HEADER, lines.stream().map(line -> cells(line, Wording.day(line.step().dueOn()))).toList());
    }

    /** For a spreadsheet: days as YYYY-MM-DD. */
    public String csv(List<Line> lines) {
        return Tables.csv(HEADER, lines.stream().map(line -> cells(line, line.step().dueOn().toString())).toList());
    }

    /** For a program: one object per step, days as YYYY-MM-DD. */
    public List<Map<String, Object>> json(List<Line> lines) {
        return lines.stream().map(line -> {
            var step = line.step();
            var json = new LinkedHashMap<String, Object>();
            json.put("team", line.team());
            json.put("stepId", step.stepId());
            json.put("step", line.title());
            json.put("ownerId", step.ownerId());
            json.put("owner", wording.person().apply(step.ownerId()));
            json.put("due", step.dueOn().toString());
            json.put("status", step.status().id());
            json.put("overdue", step.isOverdue(today));
            json.put("questionId", step.questionId().orElse(null));
            json.put("issue", step.issueUrl().orElse(null));
            json.put("adoptedBy", wording.person().apply(step.adoptedBy()));
            json.put("adoptedAt", step.adoptedAt().toString());
            return (Map<String, Object>) json;
        }).toList();
    }

    private List<String> cells(Line line, String due) {
        var step = line.step();
        return List.of(line.team(), line.title(), wording.person().apply(step.ownerId()), due, step.status().id(),
                step.isOverdue(today) ? "yes" : "", line.question(), step.issueUrl().orElse(""));
    }
}
