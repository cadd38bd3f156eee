package dev.mlopsguide.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static dev.mlopsguide.slack.blocks.Mrkdwn.bold;
import static dev.mlopsguide.slack.blocks.Mrkdwn.escape;
import static dev.mlopsguide.slack.blocks.Mrkdwn.user;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.StaticSelectElement;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.rhythm.Cadence;
import dev.mlopsguide.store.ChannelFlow;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A check-in: the thread the app starts when a team's cadence comes due. Its root invites the channel; one card in
 * the thread shows every answer carried over from the team's previous assessment, each changeable in place.
 */
public final class CheckInBlocks {

    public static final String ANSWER_ACTION_PREFIX = "checkin_answer:";
    public static final String CONFIRM_ACTION = "checkin_confirm";
    public static final String SKIP_ACTION = "checkin_skip";
    private static final int OPTION_TEXT = 75;

    private CheckInBlocks() {
    }

    /** The previous assessment the check-in starts from. */
    public record Previous(Instant takenAt, int level, String levelName, int months) {
    }

    /** Who took part so far: changed an answer, or confirmed the rest. */
    public record Progress(int changed, int total, Collection<String> participants) {
        /** Before anyone took part. */
        public static final Progress NONE = new Progress(0, 0, List.of());

        String inWords() {
            return (changed == 0 ? "No answer changed yet" : changed + " of " + total + " answers changed")
                    + (participants.isEmpty() ? "" : " · by " + participants.stream().map(Mrkdwn::user)
                    .collect(Collectors.joining(", ")));
        }
    }

    public static String openFallback() {
        return "Time for the team's MLOps check-in: the answers are carried over in the thread; change what changed.";
    }

    /** The root while the check-in is open. */
    public static List<LayoutBlock> open(Previous previous, Progress progress, Instant closesAt) {
        return new BlockList()
                .section(":calendar: *Time for the team's MLOps check-in* (" + Cadence.inWords(previous.months())
                        + "). The last assessment, " + Mrkdwn.date(previous.takenAt()) + ", found *level "
                        + previous.level() + " · " + escape(previous.levelName()) + "*.\nIts answers are carried over "
                        + "in the thread: change the ones that changed, then press *Nothing else changed*. About two "
                        + "minutes.")
                .context(progress.inWords() + " · closes by itself " + Mrkdwn.date(closesAt))
                .actions("check-in", List.of(BlockList.primaryButton("Nothing else changed", CONFIRM_ACTION, "confirm"),
                        BlockList.button("Skip this check-in", SKIP_ACTION, "skip")))
                .build(Surface.MESSAGE, "");
    }

    /** The root once the check-in is scored; {@code unconfirmed} answers make it partial (closed by itself). */
    public static List<LayoutBlock> finished(int level, String levelName, Progress progress, int unconfirmed) {
        var list = new BlockList().section(":white_check_mark: *MLOps check-in*: finished at *level " + level + " · "
                + escape(levelName) + "*. The result is in the thread."
                + (unconfirmed > 0 ? "\n_Closed by itself with " + unconfirmed + " answers nobody confirmed: this "
                + "partial result does not replace the team's latest complete result._" : ""));
        return list.context(progress.inWords()).build(Surface.MESSAGE, "");
    }

    /** The root of a check-in skipped by someone, or closed by itself without a change ({@code skippedBy} empty). */
    public static List<LayoutBlock> skipped(String skippedBy) {
        return new BlockList().section(":fast_forward: *MLOps check-in* " + (skippedBy.isEmpty()
                        ? "closed by itself: nobody changed or confirmed an answer. Nothing was recorded."
                        : "skipped by " + user(skippedBy) + ". Nothing was recorded.")
                        + " The next one comes after the team's next cadence; `/mlops-assess cadence` changes it.")
                .build(Surface.MESSAGE, "");
    }

    /**
     * The card of answers: every question that applies, with its current answer and, while the check-in is open, a
     * menu to change it.
     */
    public static List<LayoutBlock> card(Questionnaire questionnaire, List<Question> applicable,
                                         Map<String, ChannelFlow.Answer> answers, boolean open) {
        var list = new BlockList().section(open
                ? "*The team's answers*, carried over from the last assessment. Change any that changed; "
                + "the rest stay as they are."
                : "*The team's answers* in this check-in. It is closed.");
        String area = null;
        for (int i = 0; i < applicable.size(); i++) {
            var question = applicable.get(i);
            if (!question.areaId().equals(area)) {
                area = question.areaId();
                var name = questionnaire.area(area).map(a -> a.name()).orElse(area);
                list.context("*" + escape(name) + "*");
            }
            var answer = answers.get(question.id());
            var text = escape(question.text()) + "\n" + (answer == null ? "_Not answered yet: answer it, or the result is partial._" : bold(label(question,
                    answer.optionId())) + (answer.carried() ? " · _carried over_" : " · " + user(answer.answeredBy())));
            if (open) {
                list.section(text, select(question, i, answer));
            } else {
                list.section(text);
            }
        }
        if (open) {
            list.actions("card", List.of(BlockList.primaryButton("Nothing else changed", CONFIRM_ACTION, "confirm")));
        }
        return list.build(Surface.MESSAGE, "");
    }

    public static String cardFallback() {
        return "The team's answers, carried over: change any that changed.";
    }

    /** The reminder posted in the thread (and to the channel) a day and three days after a check-in started. */
    public static String reminder(int changed, Instant closesAt) {
        return ":bell: The team's MLOps check-in is still open" + (changed == 0 ? "" : " (" + changed
                + " answers changed so far)") + ". Change what changed in the thread, or press *Nothing else "
                + "changed* if nothing did. It closes by itself " + Mrkdwn.date(closesAt) + ".";
    }

    private static StaticSelectElement select(Question question, int index, ChannelFlow.Answer answer) {
        var options = question.options().stream().map(o -> option(question, o.id(), o.label())).toList();
        var select = StaticSelectElement.builder().actionId(ANSWER_ACTION_PREFIX + index)
                .placeholder(plainText("Choose an answer")).options(options);
        if (answer != null) {
            question.option(answer.optionId()).ifPresent(o -> select.initialOption(option(question, o.id(), o.label())));
        }
        return select.build();
    }

    private static OptionObject option(Question question, String optionId, String label) {
        return OptionObject.builder().text(plainText(BlockList.truncate(label, OPTION_TEXT)))
                .value(ThreadBlocks.answerValue(question.id(), optionId)).build();
    }

    private static String label(Question question, String optionId) {
        return question.option(optionId).map(o -> o.label()).orElse(optionId);
    }
}
