package dev.mlopsguide.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.Intent;
import java.util.List;
import java.util.stream.Collectors;

/** An answer to a question as Block Kit: the answer, related reading, sources, and buttons to rate it. */
public final class AnswerBlocks {

    public static final String HELPFUL_ACTION = "answer_helpful";
    public static final String UNHELPFUL_ACTION = "answer_unhelpful";
    private static final String SEPARATOR = "|";
    private static final int QUESTION_IN_VALUE = 1_500;

    private AnswerBlocks() {
    }

    public static List<LayoutBlock> answer(Answerer.Answer answer) {
        var list = new BlockList().section(Mrkdwn.fromMarkdown(answer.text()));
        if (!answer.related().isEmpty()) {
            list.context("Related: " + answer.related().stream()
                    .map(p -> Mrkdwn.escape(p.label()))
                    .collect(Collectors.joining(" · ")));
        }
        if (answer.intent() == Intent.SEARCH && !answer.sources().isEmpty()) {
            list.context("Sources: " + answer.sources().stream().map(s -> "`" + Mrkdwn.escape(s.id()) + "`")
                    .collect(Collectors.joining(" · ")));
        }
        var value = value(answer);
        return list.actions("feedback", List.of(BlockList.button(":thumbsup: Helpful", HELPFUL_ACTION, value),
                BlockList.button(":thumbsdown: Not helpful", UNHELPFUL_ACTION, value))).build(Surface.MESSAGE, "");
    }

    /** The first line of the answer without markup, for notifications. */
    public static String fallback(Answerer.Answer answer) {
        var first = answer.text().lines().findFirst().orElse("");
        return Mrkdwn.escape(BlockList.truncate(first.replace("**", ""), 300));
    }

    /** What a feedback button carries: the source ids and the question, within Slack's 2,000 characters. */
    static String value(Answerer.Answer answer) {
        var sources = answer.sources().stream().map(Answerer.Source::id).collect(Collectors.joining(","));
        return BlockList.truncate(sources, 400) + SEPARATOR + BlockList.truncate(answer.question(), QUESTION_IN_VALUE);
    }

    /** The source ids and the question carried by a feedback button. */
    public record Feedback(List<String> sourceIds, String question) {
        public static Feedback parse(String value) {
            var text = value == null ? "" : value;
            int cut = text.indexOf(SEPARATOR);
            var sources = cut < 0 ? "" : text.substring(0, cut);
            return new Feedback(sources.isEmpty() ? List.of() : List.of(sources.split(",")),
                    cut < 0 ? text : text.substring(cut + 1));
        }
    }
}
