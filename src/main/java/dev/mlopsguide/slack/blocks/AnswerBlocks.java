package dev.mlopsguide.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.Intent;
import dev.mlopsguide.store.Feedback.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An answer to a question as Block Kit: the answer, an expert's approved reply to the same question, related
 * reading and sources (linked to their pages when they have one), buttons to rate it and the votes so far.
 */
public final class AnswerBlocks {

    public static final String HELPFUL_ACTION = "answer_helpful";
    public static final String UNHELPFUL_ACTION = "answer_unhelpful";
    static final String FEEDBACK_BLOCK = "feedback";
    static final String VOTES_BLOCK = "votes";
    private static final String SEPARATOR = "|";
    private static final int QUESTION_IN_VALUE = 1_500;

    /** An expert's reply to the same question asked before, approved for answers. */
    public record ExpertReply(String text, String expertId) {
    }

    private final Function<String, Optional<String>> links;

    /** {@code links}: where people read the passage of an id, if anywhere. */
    public AnswerBlocks(Function<String, Optional<String>> links) {
        this.links = links;
    }

    public List<LayoutBlock> answer(Answerer.Answer answer, Optional<ExpertReply> expert) {
        var list = new BlockList().section(Mrkdwn.fromMarkdown(answer.text()));
        expert.ifPresent(reply -> list.section("*" + Mrkdwn.user(reply.expertId()) + " answered this question before*"
                + " (approved by an expert):\n" + Mrkdwn.escape(BlockList.truncate(reply.text(), 2_500))));
        if (!answer.related().isEmpty()) {
            list.context("Related: " + answer.related().stream().map(p -> named(p.id(), p.label()))
                    .collect(Collectors.joining(" · ")));
        }
        if (answer.intent() == Intent.SEARCH && !answer.sources().isEmpty()) {
            // Numbered, as a written answer cites them: [1] is the first.
            var sources = answer.sources();
            list.context("Sources: " + IntStream.range(0, sources.size())
                    .mapToObj(i -> "[" + (i + 1) + "] " + named(sources.get(i).id(), sources.get(i).title()))
                    .collect(Collectors.joining(" · ")));
        }
        var value = value(answer);
        return list.actions(FEEDBACK_BLOCK, List.of(BlockList.button(":thumbsup: Helpful", HELPFUL_ACTION, value),
                BlockList.button(":thumbsdown: Not helpful", UNHELPFUL_ACTION, value))).build(Surface.MESSAGE, "");
    }

    /** The first line of the answer without markup, for notifications. */
    public static String fallback(Answerer.Answer answer) {
        var first = answer.text().lines().findFirst().orElse("");
        return Mrkdwn.escape(BlockList.truncate(first.replace("**", ""), 300));
    }

    /** An answer message's blocks with the votes it has so far shown under its buttons. */
    public static List<LayoutBlock> withVotes(List<LayoutBlock> blocks, Tally votes) {
        var shown = new ArrayList<LayoutBlock>();
        for (var block : blocks) {
            if (!VOTES_BLOCK.equals(block.getBlockId())) {
                shown.add(block);
            }
            if (FEEDBACK_BLOCK.equals(block.getBlockId())) {
                shown.add(BlockList.contextBlock(VOTES_BLOCK, ":thumbsup: " + votes.helpful() + " found this helpful · "
                        + ":thumbsdown: " + votes.notHelpful() + " did not · you can change your vote once"));
            }
        }
        return shown;
    }

    private String named(String id, String title) {
        return links.apply(id).map(url -> Mrkdwn.link(url, title)).orElseGet(() -> Mrkdwn.escape(title));
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
