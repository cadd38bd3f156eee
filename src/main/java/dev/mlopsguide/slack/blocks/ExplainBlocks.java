package dev.mlopsguide.slack.blocks;

import static dev.mlopsguide.slack.blocks.Mrkdwn.escape;

import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.maturity.Level;
import dev.mlopsguide.maturity.LifecycleStep;
import java.util.List;
import java.util.stream.Collectors;

/** The steps of an ML project and the maturity levels, as Block Kit. */
public final class ExplainBlocks {

    private ExplainBlocks() {
    }

    public static List<LayoutBlock> step(LifecycleStep step) {
        var list = new BlockList().header(step.name() + " · a step of every ML project")
                .section(escape(step.what()))
                .section("*Why it matters*\n" + escape(step.why()))
                .section("*Questions to ask*\n" + bullets(step.questions()))
                .section("*Practices*\n" + bullets(step.practices()));
        if (!step.tools().isEmpty()) {
            list.context(":toolbox: " + escape(String.join(" · ", step.tools())));
        }
        return list.build(Surface.MESSAGE, "");
    }

    public static List<LayoutBlock> levels(List<Level> levels) {
        var list = new BlockList().header("The five MLOps maturity levels");
        for (var level : levels) {
            list.section("*Level " + level.number() + " · " + escape(level.name()) + "*\n" + escape(level.summary())
                    + "\n_Fits:_ " + escape(String.join("; ", level.useCases())));
        }
        return list.context("A higher level is not always better: automation costs money. "
                + "`/mlops-assess profile` tells you the level that fits your team.").build(Surface.MESSAGE, "");
    }

    private static String bullets(List<String> items) {
        return items.stream().map(i -> "• " + escape(i)).collect(Collectors.joining("\n"));
    }
}
