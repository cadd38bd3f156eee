package dev.mlopsguide.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Symptoms told in everyday words, mapped to the practices that explain them, so that "our model got worse and we
 * changed nothing" searches for drift, not for the words "worse" and "changed".
 */
final class Symptoms {

    /** What a symptom sounds like, and the terms of the articles about its causes. */
    private record Symptom(Pattern sounds, String causes) {
    }

    private static final List<Symptom> KNOWN = List.of(
            new Symptom(Pattern.compile("\\b(got|gets|getting|became|becomes|grew|is|are) worse\\b"
                    + "|\\b(accuracy|performance|quality|precision|recall|auc|predictions?) "
                    + "(dropped|drops|fell|falls|went down|goes down|degraded|decreased|declined|is dropping)\\b"
                    + "|\\bdegrad(ed|es|ing|ation)\\b|\\bdecay(ed|s|ing)?\\b|\\bstale model\\b"),
                    "model decay data drift concept drift monitoring retraining"),
            new Symptom(Pattern.compile("\\bworks? (well )?(offline|in (the )?notebook|in training) but not in production"
                    + "|\\b(offline|validation) (metrics|scores?) (are |were )?(good|great|fine) but\\b"
                    + "|\\b(training|offline) and (serving|production) (differ|disagree|don't match|do not match)"),
                    "training-serving skew feature consistency"),
            new Symptom(Pattern.compile("\\b(new|latest) model (broke|breaks|is worse|made things worse)\\b"
                    + "|\\bundo (a|the) (model )?(release|deployment)\\b"),
                    "model rollback canary release"));

    private Symptoms() {
    }

    /** The question with the causes of any symptom it tells added, for the search; unchanged otherwise. */
    static String expand(String question) {
        var text = question.toLowerCase(Locale.ROOT);
        var expanded = new StringBuilder(question);
        for (var symptom : KNOWN) {
            if (symptom.sounds().matcher(text).find()) {
                expanded.append(' ').append(symptom.causes());
            }
        }
        return expanded.toString();
    }
}
