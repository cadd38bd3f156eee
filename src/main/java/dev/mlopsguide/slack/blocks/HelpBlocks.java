package dev.mlopsguide.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** What {@code /mlops-assess} can do: shown for {@code help} and for any text it does not understand. */
public final class HelpBlocks {

    public static final String FALLBACK = "MLOps Guide: /mlops-assess opens the assessment; add team, profile, results, "
            + "history, explain, ask, digest, cadence, steps, settings or org. /mlops-assess help shows them all.";

    private HelpBlocks() {
    }

    /** {@code unknown} is the text that was not understood, or empty. */
    public static List<LayoutBlock> help(String unknown) {
        var list = new BlockList();
        if (!unknown.isEmpty()) {
            list.section(":thinking_face: I don't know " + Mrkdwn.code(unknown) + ". Here is what I can do:");
        }
        return list.section("*MLOps Guide* assesses your team's MLOps maturity and tells you what to do next.")
                .section(Mrkdwn.escape(String.join("\n",
                        "`/mlops-assess` · take the assessment in a form (about 5 minutes)",
                        "`/mlops-assess team` · the whole team answers in a thread in this channel",
                        "`/mlops-assess profile` · your SLAs and models, which set your target level",
                        "`/mlops-assess results` · this channel's latest result and next steps",
                        "`/mlops-assess history` · how this channel's level changed over time",
                        "`/mlops-assess explain design|train|operate|levels` · the steps of an ML project, or the levels",
                        "`/mlops-assess ask <question>` · ask an MLOps question (or mention me, or DM me)",
                        "`/mlops-assess digest on [#channel] [weekday] [HH:MM]` · a weekly maturity digest; `off`, `preview`",
                        "`/mlops-assess cadence [monthly|quarterly|half-yearly|yearly|off]` · how often this team checks in",
                        "`/mlops-assess steps` · the next steps this team adopted, their owners and status",
                        "`/mlops-assess settings` · questions, who sees every team, threads, the steps webhook (admins change them)",
                        "`/mlops-assess org` · every team's level, target and areas, with a heat map (for admins)",
                        "`/mlops-assess help` · this message")))
                .context("A channel is a team: results, profile and history belong to the channel you run the command in.")
                .build(Surface.MESSAGE, "");
    }
}
