package dev.mlopsguide.maturity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The areas and questions of one version of the assessment. Conditions only refer to earlier questions, so
 * which questions apply is decided in one pass, in order.
 */
public record Questionnaire(String version, List<Area> areas, List<Question> questions) {

    public Questionnaire {
        areas = List.copyOf(areas);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Area> area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The answers this questionnaire still asks for: its questions, answered with options it still offers. */
    public Answers known(Answers answers) {
        var known = new LinkedHashMap<String, String>();
        answers.byQuestion().forEach((question, option) -> question(question).flatMap(q -> q.option(option))
                .ifPresent(o -> known.put(question, option)));
        return new Answers(known);
    }

    /**
     * The questions that apply to a team with these answers: unconditional ones, and conditional ones whose
     * earlier question applies and was answered with a listed option.
     */
    public List<Question> applicable(Answers answers) {
        var applicable = new ArrayList<Question>();
        var applicableIds = new HashSet<String>();
        for (var question : questions) {
            boolean applies = question.condition()
                    .map(c -> applicableIds.contains(c.questionId()) && c.isMetBy(answers))
                    .orElse(true);
            if (applies) {
                applicable.add(question);
                applicableIds.add(question.id());
            }
        }
        return applicable;
    }

    /** Orders area ids as the questionnaire lists its areas; ids it does not know come last, by id. */
    public Comparator<String> areaOrder() {
        var ids = areas.stream().map(Area::id).toList();
        return Comparator.<String>comparingInt(id -> ids.contains(id) ? ids.indexOf(id) : ids.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** Whether some other question's condition depends on the answer to this one. */
    public boolean isGate(String questionId) {
        return questions.stream().anyMatch(q -> q.condition().map(c -> c.questionId().equals(questionId)).orElse(false));
    }
}
