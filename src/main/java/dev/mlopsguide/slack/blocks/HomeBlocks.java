package dev.mlopsguide.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static dev.mlopsguide.slack.blocks.Mrkdwn.channel;
import static dev.mlopsguide.slack.blocks.Mrkdwn.escape;
import static dev.mlopsguide.slack.blocks.Mrkdwn.user;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.view.View;
import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.DigestSubscription;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The App Home: the latest result of the person's team, or what to do first. */
public final class HomeBlocks {

    public static final String ASSESS_ACTION = "home_assess";
    public static final String PROFILE_ACTION = "home_profile";
    public static final String DIGEST_ACTION = "home_digest";
    public static final String DIGEST_STOP_ACTION = "home_digest_stop";
    private static final int HOME_STEPS = 3;

    private HomeBlocks() {
    }

    /** The team's adopted steps as listed, and the ids of those still open (no Adopt button for them). */
    public record Adopted(List<LayoutBlock> blocks, Set<String> open) {
        public static final Adopted NONE = new Adopted(List.of(), Set.of());
    }

    /** A weekly digest of a team's channel, sent to a channel: what a "Stop" button stops. */
    public record DigestToStop(String teamChannel, String channel) {
    }

    /**
     * {@code digests} are the team's digest subscriptions, in any channel; {@code adopted}, its adopted next steps;
     * {@code everyTeam}, for those who see it, the section on every team of the workspace (else empty).
     */
    public static View home(MaturityContent content, String channelId, AssessmentRecord record, AssessmentResult result,
                            List<DigestSubscription> digests, Adopted adopted, List<LayoutBlock> everyTeam) {
        var score = result.score();
        var list = new BlockList().header("MLOps Guide")
                .section(channel(channelId) + " is at *level " + score.level() + " · " + escape(result.level().name())
                        + "*\n" + escape(result.level().summary()))
                .context("Last assessed " + Mrkdwn.date(record.takenAt()) + " by " + user(record.takenBy()) + " · "
                        + score.answered() + " of " + score.total() + " questions");
        list.section("*Areas*\n" + String.join("\n", score.areas().stream().map(a -> a.level().isPresent()
                ? Mrkdwn.bar(a.level().getAsInt()) + "  " + escape(a.area().name())
                : "`·····`  " + escape(a.area().name())).toList()));
        list.section(result.target().map(t -> "*Target: level " + t.level() + " · " + escape(content.level(t.level()).name())
                + "*" + (result.isAtOrAboveTarget() ? "  :white_check_mark: reached" : ""))
                .orElse("*No target yet.* Set the team profile to see the level that fits your team."));
        if (!result.nextSteps().isEmpty()) {
            list.divider().section("*Next steps*");
            for (int i = 0; i < Math.min(HOME_STEPS, result.nextSteps().size()); i++) {
                var step = result.nextSteps().get(i);
                ResultBlocks.stepBlocks(list, i + 1, step, result, Optional.of(channelId)
                        .filter(c -> !adopted.open().contains(step.step().id())));
            }
        }
        list.divider().addAll(adopted.blocks()).divider();
        if (!digests.isEmpty()) {
            list.section("*Weekly digests*");
        }
        for (var digest : digests) {
            list.add(SectionBlock.builder().text(markdownText(":calendar: " + channel(digest.channelId()) + ": "
                            + (digest.active() ? "every " + DigestViews.dayName(digest.weekday()) + " at "
                            + digest.time() + " (" + digest.zone().getId() + ")"
                            : "paused. " + escape(digest.pausedReason().map(SlackCallException::inWords).orElse("")))))
                    .accessory(BlockList.button("Stop", DIGEST_STOP_ACTION, channelId + " " + digest.channelId())).build());
        }
        var buttons = List.of(
                BlockList.primaryButton("Assess again", ASSESS_ACTION, channelId),
                BlockList.button("Edit the team profile", PROFILE_ACTION, channelId),
                BlockList.button(digests.isEmpty() ? "Send a weekly digest" : "Send a digest to another channel",
                        DIGEST_ACTION, channelId));
        return view(list.actions("home", buttons).addAll(everyTeam));
    }

    /** The digest a "Stop" button's value names, if it is one. */
    public static Optional<DigestToStop> digestToStop(String value) {
        var parts = value == null ? new String[0] : value.split(" ");
        return parts.length == 2 ? Optional.of(new DigestToStop(parts[0], parts[1])) : Optional.empty();
    }

    /** For someone who has not assessed yet: assessing asks which channel's team it is for. */
    public static View empty(List<LayoutBlock> everyTeam) {
        var list = new BlockList().header("MLOps Guide")
                .section("See where your ML team stands on the five-level MLOps maturity model, the level that fits "
                        + "your SLAs and number of models, and the next steps that get you there.")
                .section("*To start*\n"
                        + "1. In your team's channel, run `/mlops-assess` to answer alone (about 5 minutes), or "
                        + "`/mlops-assess team` to let the whole team answer in a thread.\n"
                        + "2. Run `/mlops-assess profile` there to set your target level.\n"
                        + "3. Come back here: your level, target and next steps will be waiting.")
                .actions("home", List.of(BlockList.primaryButton("Take the assessment now", ASSESS_ACTION, "start")))
                .context("`/mlops-assess explain levels` describes the five levels.");
        return view(list.addAll(everyTeam));
    }

    private static View view(BlockList list) {
        return View.builder().type("home").blocks(list.build(Surface.HOME, "Run `/mlops-assess results` for everything."))
                .build();
    }
}
