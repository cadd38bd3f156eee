package dev.mlopsguide.slack.blocks;

import static dev.mlopsguide.slack.blocks.Mrkdwn.bold;
import static dev.mlopsguide.slack.blocks.Mrkdwn.escape;
import static dev.mlopsguide.slack.blocks.Mrkdwn.user;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.mlopsguide.maturity.Level;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.store.ChannelFlow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The messages of a team assessment in a channel thread: the root, one per question, and the result. */
public final class ThreadBlocks {

    public static final String ANSWER_ACTION_PREFIX = "thread_answer:";
    public static final String FINISH_ACTION = "thread_finish";
    public static final String CANCEL_ACTION = "thread_cancel";
    private static final String VALUE_SEPARATOR = "|";

    private ThreadBlocks() {
    }

    /** The root message while the team answers. */
    public static List<LayoutBlock> open(String startedBy, int answered, int total, Collection<String> participants) {
        return new BlockList()
                .section(":busts_in_silhouette: *Team MLOps assessment*, started by " + user(startedBy)
                        + ".\nAnswer the questions in the thread: anyone in this channel can, and anyone can change an "
                        + "answer. It is scored when the last question is answered, or when someone presses Finish; "
                        + "whoever started it can cancel it.")
                .context(progress(answered, total, participants))
                .actions("flow", List.of(BlockList.button("Finish and score now", FINISH_ACTION, "finish"),
                        BlockList.button("Cancel", CANCEL_ACTION, "cancel")))
                .build(Surface.MESSAGE, "");
    }

    /**
     * The root message once the assessment is scored; a partial one (finished before every question was answered)
     * says that it does not replace the team's complete result.
     */
    public static List<LayoutBlock> finished(String startedBy, Level level, int answered, int total,
                                             Collection<String> participants) {
        return new BlockList()
                .section(":white_check_mark: *Team MLOps assessment*, started by " + user(startedBy)
                        + ": finished at *level " + level.number() + " · " + escape(level.name())
                        + "*. The result is in the thread. The assessment is closed."
                        + (answered < total ? PARTIAL : ""))
                .context(progress(answered, total, participants))
                .build(Surface.MESSAGE, "");
    }

    /** The root message of a thread that closed by itself with too few answers to score. */
    public static List<LayoutBlock> closedByItself(String startedBy, int answered, int total, int needed) {
        return new BlockList()
                .section(":hourglass: *Team MLOps assessment*, started by " + user(startedBy) + ": closed by itself with "
                        + answered + " of " + total + " questions answered, fewer than the " + needed + " a result "
                        + "needs. Nothing was recorded; start a new one with `/mlops-assess team`.")
                .build(Surface.MESSAGE, "");
    }

    /** The reminder posted in the thread (and to the channel) a day and three days after it started. */
    public static String reminder(int answered, int total, Instant closesAt) {
        return ":bell: The team's MLOps assessment is still open: " + answered + " of " + total + " questions answered. "
                + "Answer in the thread, or press *Finish and score now* on its first message. It closes by itself "
                + Mrkdwn.date(closesAt) + ".";
    }

    /** Who answered, under a team result. */
    public static String participation(Collection<String> participants) {
        return participants.isEmpty() ? "Nobody changed an answer: the answers carried over stand."
                : "Answered by " + participants.stream().map(Mrkdwn::user).collect(Collectors.joining(", ")) + ".";
    }

    /** The root message of a thread cancelled by whoever started it. */
    public static List<LayoutBlock> cancelled(String startedBy, String cancelledBy) {
        return new BlockList()
                .section(":no_entry_sign: *Team MLOps assessment*, started by " + user(startedBy) + ": cancelled by "
                        + user(cancelledBy) + ". Nothing was recorded; start a new one with `/mlops-assess team`.")
                .build(Surface.MESSAGE, "");
    }

    /** A question of a closed assessment: its answer stays, its buttons go. */
    public static List<LayoutBlock> closedQuestion(Question question, String areaName, int position, int total,
                                                   Optional<ChannelFlow.Answer> answer) {
        return new BlockList().section(heading(question, areaName, position, total))
                .context(answer.map(a -> answered(question, a) + ".").orElse("Not answered.")
                        + " The assessment is closed.")
                .build(Surface.MESSAGE, "");
    }

    public static String openFallback(String startedBy) {
        return "Team MLOps assessment started by <@" + startedBy + ">: answer in the thread.";
    }

    /** One question with a button per option; the chosen one is highlighted and says who chose it. */
    public static List<LayoutBlock> question(Question question, String areaName, int position, int total,
                                             Optional<ChannelFlow.Answer> answer, boolean applies) {
        var list = new BlockList().section(heading(question, areaName, position, total));
        if (!applies) {
            return list.context("_No longer applies, after a change to an earlier answer._").build(Surface.MESSAGE, "");
        }
        var buttons = new ArrayList<ButtonElement>();
        for (int i = 0; i < question.options().size(); i++) {
            var option = question.options().get(i);
            var value = answerValue(question.id(), option.id());
            boolean chosen = answer.map(a -> a.optionId().equals(option.id())).orElse(false);
            buttons.add(chosen ? BlockList.primaryButton(option.label(), ANSWER_ACTION_PREFIX + i, value)
                    : BlockList.button(option.label(), ANSWER_ACTION_PREFIX + i, value));
        }
        list.actions("answer", buttons);
        if (!question.help().isEmpty()) {
            list.context(":bulb: " + escape(question.help()));
        }
        list.context(answer.map(a -> answered(question, a) + ". Press another button to change it.")
                .orElse("Not answered yet."));
        return list.build(Surface.MESSAGE, "");
    }

    private static final String PARTIAL = "\n_Finished before every question was answered: this partial result does "
            + "not replace the team's latest complete result._";

    public static String questionFallback(Question question, int position, int total) {
        return "Question " + position + " of " + total + ": " + question.text();
    }

    /** The value an answer's button or menu option carries: the question and option ids. */
    public static String answerValue(String questionId, String optionId) {
        return questionId + VALUE_SEPARATOR + optionId;
    }

    /** The question and option ids carried by an answer button's value. */
    public static Optional<String[]> parseAnswer(String value) {
        var parts = value == null ? new String[0] : value.split("\\" + VALUE_SEPARATOR, -1);
        return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() ? Optional.of(parts) : Optional.empty();
    }

    private static String heading(Question question, String areaName, int position, int total) {
        return "*Question " + position + " of " + total + " · " + escape(areaName) + "*\n" + escape(question.text());
    }

    private static String answered(Question question, ChannelFlow.Answer answer) {
        return ":ballot_box_with_check: " + bold(question.option(answer.optionId()).map(o -> o.label())
                .orElse(answer.optionId())) + ", answered by " + user(answer.answeredBy());
    }

    private static String progress(int answered, int total, Collection<String> participants) {
        return answered + " of " + total + " questions answered"
                + (participants.isEmpty() ? "" : " · by " + participants.stream().map(Mrkdwn::user)
                .collect(Collectors.joining(", ")));
    }
}
