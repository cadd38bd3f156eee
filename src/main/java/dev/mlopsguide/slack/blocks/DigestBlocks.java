package dev.mlopsguide.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.mlopsguide.digest.Digest;
import dev.mlopsguide.digest.DigestChart;
import dev.mlopsguide.report.DigestReport;
import dev.mlopsguide.report.Wording;
import java.util.List;
import java.util.stream.IntStream;

/** The weekly digest as a Slack message. */
public final class DigestBlocks {

    /** The nudge button: it opens the assessment modal for the digest's team. */
    public static final String ASSESS_ACTION = "digest_assess";
    private static final int ADOPTABLE_SHOWN = 3;

    private DigestBlocks() {
    }

    /**
     * The digest; {@code withTextChart} adds the chart as text (when the image cannot be uploaded, or in a
     * preview), {@code teamChannel} is the channel whose team the assess button assesses.
     */
    public static List<LayoutBlock> digest(Digest digest, String teamChannel, boolean withTextChart) {
        var list = new BlockList().header(":bar_chart: " + DigestReport.headline(digest));
        var summary = DigestReport.summary(digest, new Wording(Mrkdwn::escape, Mrkdwn::user)).stream()
                .map(line -> line.startsWith("  ") ? "• " + line.strip() : line).toList();
        list.section(String.join("\n", summary));
        if (withTextChart && digest.charted()) {
            list.section("```" + BlockList.truncate(DigestChart.text(digest), BlockList.SECTION_TEXT - 6) + "```");
        }
        if (digest.kind() == Digest.Kind.NEVER_ASSESSED || digest.kind() == Digest.Kind.NO_ASSESSMENT_THIS_WEEK) {
            list.actions("nudge", List.of(BlockList.primaryButton("Assess now", ASSESS_ACTION, teamChannel)));
        }
        var adoptable = adoptable(digest, teamChannel);
        if (!adoptable.isEmpty()) {
            list.actions("adopt", adoptable);
        }
        return list.context("Weekly digest · `/mlops-assess digest off` stops it").build(Surface.MESSAGE, "");
    }

    /** A button to adopt each of the first next steps that the team has not adopted yet (or has let go). */
    private static List<ButtonElement> adoptable(Digest digest, String teamChannel) {
        var open = digest.adopted().stream().filter(a -> a.step().isOpen()).map(a -> a.step().stepId()).toList();
        var steps = digest.current().stream().flatMap(result -> result.nextSteps().stream())
                .filter(planned -> !open.contains(planned.step().id())).limit(ADOPTABLE_SHOWN).toList();
        // Buttons of one block need action ids of their own.
        return IntStream.range(0, steps.size()).mapToObj(i -> BlockList.button("Adopt: " + steps.get(i).step().title(),
                StepBlocks.ADOPT_ACTION + ":" + i, new StepBlocks.Adoptable(teamChannel, steps.get(i).step().id(),
                        steps.get(i).questionId()).value())).toList();
    }
}
