package dev.mlopsguide.slack.blocks;

import static dev.mlopsguide.slack.blocks.Mrkdwn.bar;
import static dev.mlopsguide.slack.blocks.Mrkdwn.bold;
import static dev.mlopsguide.slack.blocks.Mrkdwn.escape;

import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.PlannedStep;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;

/** An assessment result as Block Kit: level, areas, why, target and next steps. */
public final class ResultBlocks {

    private final MaturityContent content;

    public ResultBlocks(MaturityContent content) {
        this.content = content;
    }

    /**
     * The result's blocks; {@code byline} (mrkdwn, may be empty) says whose result it is; with {@code adoptIn}, the
     * team's channel, each next step has a button to adopt it.
     */
    public BlockList blocks(AssessmentResult result, String byline, Optional<String> adoptIn) {
        var score = result.score();
        var list = new BlockList()
                .header("MLOps maturity: level " + score.level() + " · " + result.level().name())
                .section(escape(result.summary()))
                .context((byline.isEmpty() ? "" : byline + " · ") + "Based on " + score.answered() + " of "
                        + score.total() + " questions · questionnaire " + escape(result.questionnaireVersion()));
        list.section("*Areas*\n" + score.areas().stream().map(a -> a.level().isPresent()
                ? bar(a.level().getAsInt()) + "  " + a.level().getAsInt() + "  " + escape(a.area().name())
                : "`·····`  –  " + escape(a.area().name()) + " _(not answered)_").collect(Collectors.joining("\n")));
        if (!score.binding().isEmpty()) {
            list.section("*Why not level " + (score.level() + 1) + "*\n" + score.binding().stream()
                    .map(b -> "• " + escape(b.question().text()) + " → " + bold(b.option().label()))
                    .collect(Collectors.joining("\n")));
        }
        result.target().ifPresent(target -> {
            var text = new StringBuilder("*Target: level " + target.level() + " · "
                    + escape(content.level(target.level()).name()) + "*");
            target.reasons().forEach(r -> text.append("\n• ").append(escape(r)));
            target.notes().forEach(n -> text.append("\n• _Note:_ ").append(escape(n)));
            if (result.isAtOrAboveTarget()) {
                text.append("\n\n").append(score.level() == target.level()
                        ? ":white_check_mark: You are at your target level." : ":white_check_mark: You are above your target level.");
                if (!result.beyondTarget().isEmpty()) {
                    text.append(' ').append(escape(result.beyondTarget()));
                }
            }
            list.section(text.toString());
        });
        if (result.target().isEmpty()) {
            list.context("No team profile yet, so no target level: set one with `/mlops-assess profile`.");
        }
        if (!result.nextSteps().isEmpty()) {
            list.divider().section("*" + escape(result.stepsHeading()) + "*");
            int n = 1;
            for (var step : result.nextSteps()) {
                stepBlocks(list, n++, step, result, adoptIn);
            }
            if (!result.moreStepsNote().isEmpty()) {
                list.context(escape(result.moreStepsNote()));
            }
        }
        return list;
    }

    /** One next step: title and tags, why and how, then its tools; adoptable by the team of {@code adoptIn}. */
    public static void stepBlocks(BlockList list, int number, PlannedStep planned, AssessmentResult result,
                                  Optional<String> adoptIn) {
        var step = planned.step();
        var tags = "`effort " + step.effort() + " · " + step.effort().duration() + "` · " + escape(result.stepTag(planned));
        var text = "*" + number + ". " + escape(step.title()) + "*  " + tags + "\n" + escape(step.why())
                + "\n_How:_ " + escape(step.how());
        if (adoptIn.isPresent()) {
            list.section(text, StepBlocks.adoptButton(new StepBlocks.Adoptable(adoptIn.get(), step.id(),
                    planned.questionId())));
        } else {
            list.section(text);
        }
        if (!step.tools().isEmpty()) {
            list.context(":toolbox: " + escape(String.join(", ", step.tools())));
        }
    }

    /** The plain-text summary that notifications and screen readers use. */
    public String fallback(AssessmentResult result) {
        var parts = new ArrayList<String>();
        parts.add("MLOps maturity: level " + result.score().level() + " (" + result.level().name() + ")");
        result.target().ifPresent(t -> parts.add("target level " + t.level()));
        if (!result.nextSteps().isEmpty()) {
            parts.add("next: " + result.nextSteps().get(0).step().title());
        }
        return Mrkdwn.escape(String.join(", ", parts) + ".");
    }
}
