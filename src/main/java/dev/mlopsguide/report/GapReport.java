package dev.mlopsguide.report;

import dev.mlopsguide.store.KnowledgeGaps;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The questions the app did not answer well since a moment, similar ones grouped, the most asked first: for the
 * people who maintain its knowledge. Each group says how often and why (answered "not sure", voted not helpful),
 * what people said was missing, its other wordings, and an expert's reply if one was given.
 */
public record GapReport(Instant since, List<Group> groups) {

    /** Similar questions, in the order they were asked. */
    public record Group(List<KnowledgeGaps.Gap> gaps) {
        public String question() {
            return gaps.get(0).asked().question();
        }

        public List<String> otherWordings() {
            return gaps.stream().skip(1).map(g -> g.asked().question()).distinct()
                    .filter(q -> !q.equals(question())).toList();
        }

        public long times(KnowledgeGaps.Reason reason) {
            return gaps.stream().filter(g -> g.reason() == reason).count();
        }

        public long askers() {
            return gaps.stream().map(g -> g.asked().askerId()).distinct().count();
        }

        public List<String> missing() {
            return gaps.stream().flatMap(g -> g.missing().stream()).distinct().toList();
        }

        /** The latest expert reply to any of the questions, approved ones first. */
        public Optional<KnowledgeGaps.Gap> answered() {
            return gaps.stream().filter(g -> g.expertReply().isPresent())
                    .max(Comparator.comparing(KnowledgeGaps.Gap::approved).thenComparing(KnowledgeGaps.Gap::createdAt));
        }
    }

    /** {@code grouping}: the questions' indexes grouped by likeness, the biggest group first. */
    public static GapReport of(Instant since, List<KnowledgeGaps.Gap> gaps,
                               Function<List<String>, List<List<Integer>>> grouping) {
        var groups = grouping.apply(gaps.stream().map(g -> g.asked().question()).toList()).stream()
                .map(indexes -> new Group(indexes.stream().map(gaps::get).toList())).toList();
        return new GapReport(since, groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The report as lines of text, people named as {@code wording} names them. */
    public String text(Wording wording) {
        if (groups.isEmpty()) {
            return "Every question was answered with confidence and none was voted not helpful.";
        }
        var text = new StringBuilder();
        int n = 1;
        for (var group : groups) {
            text.append(n++).append(". \"").append(wording.text().apply(group.question())).append("\" · asked ")
                    .append(times(group.gaps().size())).append(" by ").append(group.askers())
                    .append(group.askers() == 1 ? " person" : " people").append(" (")
                    .append(group.times(KnowledgeGaps.Reason.NOT_SURE)).append(" not sure, ")
                    .append(group.times(KnowledgeGaps.Reason.NOT_HELPFUL)).append(" not helpful)\n");
            group.otherWordings().stream().limit(3).forEach(q -> text.append("   also: \"")
                    .append(wording.text().apply(q)).append("\"\n"));
            group.missing().stream().limit(3).forEach(m -> text.append("   missing: ")
                    .append(wording.text().apply(m)).append('\n'));
            group.answered().ifPresent(g -> text.append("   ").append(g.approved() ? "approved reply by " : "reply by ")
                    .append(wording.person().apply(g.expertId().orElseThrow())).append(": ")
                    .append(wording.text().apply(g.expertReply().orElseThrow())).append('\n'));
        }
        return text.toString();
    }

    private static String times(int count) {
        return count == 1 ? "once" : count + " times";
    }
}
