package dev.mlopsguide.report;

import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.PlannedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders an assessment result as readable text or Markdown. */
public final class ResultReport {

    private final MaturityContent content;
    private final Markup markup;

    public ResultReport(MaturityContent content, Markup markup) {
        this.content = content;
        this.markup = markup;
    }

    public String render(AssessmentResult result) {
        var score = result.score();
        var lines = new ArrayList<String>();
        lines.add(markup.heading("MLOps maturity: level " + score.level() + " · " + result.level().name()));
        lines.add(result.summary());
        lines.add("Based on " + score.answered() + " of " + score.total() + " questions (questionnaire "
                + result.questionnaireVersion() + ").");
        if (!score.unanswered().isEmpty()) {
            lines.add("Not answered: " + score.unanswered().stream().map(q -> q.id()).collect(Collectors.joining(", ")) + ".");
        }
        lines.add("");
        lines.add(markup.heading("Areas"));
        int width = score.areas().stream().mapToInt(a -> a.area().name().length()).max().orElse(0);
        for (var area : score.areas()) {
            var name = String.format("%-" + width + "s", area.area().name());
            lines.add(markup.bullet(area.level().isPresent()
                    ? name + "  " + LevelBar.of(area.level().getAsInt()) + "  " + area.level().getAsInt()
                    : name + "  not answered"));
        }
        if (!score.binding().isEmpty()) {
            lines.add("");
            lines.add(markup.heading("Why not level " + (score.level() + 1)));
            score.binding().forEach(b -> lines.add(markup.bullet(
                    b.question().text() + " → " + markup.bold(b.option().label()) + " (caps at " + b.capsAt() + ")")));
        }
        result.target().ifPresent(target -> {
            lines.add("");
            lines.add(markup.heading("Target: level " + target.level() + " · " + content.level(target.level()).name()));
            target.reasons().forEach(r -> lines.add(markup.bullet(r)));
            target.notes().forEach(n -> lines.add(markup.bullet(markup.bold("Note:") + " " + n)));
            if (result.isAtOrAboveTarget()) {
                lines.add("");
                lines.add(score.level() == target.level()
                        ? "You are at your target level."
                        : "You are above your target level.");
                if (!result.beyondTarget().isEmpty()) {
                    lines.add(result.beyondTarget());
                }
            }
        });
        if (!result.nextSteps().isEmpty()) {
            lines.add("");
            lines.add(markup.heading(result.stepsHeading()));
            int n = 1;
            for (var step : result.nextSteps()) {
                lines.addAll(stepLines(n++, step, result));
            }
            if (!result.moreStepsNote().isEmpty()) {
                lines.add(result.moreStepsNote());
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private List<String> stepLines(int number, PlannedStep planned, AssessmentResult result) {
        var step = planned.step();
        var tags = new ArrayList<String>();
        tags.add("effort " + step.effort() + " (" + step.effort().duration() + ")");
        tags.add(result.stepTag(planned));
        tags.add(step.step());
        var lines = new ArrayList<String>();
        lines.add(markup.numbered(number, markup.bold(step.title()) + " [" + String.join(" · ", tags) + "]"));
        lines.add(markup.indent("Why: " + step.why()));
        lines.add(markup.indent("How: " + step.how()));
        if (!step.tools().isEmpty()) {
            lines.add(markup.indent("Tools: " + String.join(", ", step.tools())));
        }
        return lines;
    }
}
