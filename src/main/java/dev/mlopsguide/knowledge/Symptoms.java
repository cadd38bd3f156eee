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
                    + "|\\bdegrad(ed|es|ing)\\b|\\bdecay(ed|s|ing)\\b|\\bstale model\\b"
                    + "|\\b(after|since) (the )?(holidays?|summer|launch|pandemic|migration)\\b"),
                    "model decay data drift concept drift"),
            new Symptom(Pattern.compile("\\bworks? (well )?(offline|in (the )?notebooks?|in training|locally) but not in prod(uction)?\\b"
                    + "|\\b(offline|validation) (metrics|scores?) (are |were )?(good|great|fine) but\\b"
                    + "|\\b(training|offline) and (serving|production) (differ|disagree|don't match|do not match)"
                    + "|(?=.*\\b(offline|training|notebook|validation)\\b)(?=.*\\b(production|prod|online|live|serving)\\b)"
                    + ".*\\b(don't|do not|doesn't|does not|didn't|did not) match\\b"),
                    "training-serving skew feature consistency"),
            new Symptom(Pattern.compile("\\b(new|latest) model (broke|breaks|is worse|made things worse)\\b"
                    + "|\\bundo (a|the) (model )?(release|deployment)\\b"),
                    "model rollback"),
            new Symptom(Pattern.compile("\\bmiss(es|ing)? (the )?new (patterns|cases|fraud|tactics|behaviou?r)\\b"
                    + "|\\b(fraudsters|customers|users|people) (changed|adapt(ed)?|behave differently)\\b"),
                    "concept drift retraining recent data"),
            new Symptom(Pattern.compile("\\bupstream\\b.*\\bchang(ed|es|ing)\\b|\\b(schema|table|column|feed)s? (changed|broke|disappeared)\\b"
                    + "|\\bpredictions (look|are|seem) (weird|odd|strange|off|wrong)\\b"),
                    "data quality schema data validation"),
            new Symptom(Pattern.compile("\\b(nobody|no one|noone|don't|do not|can't|cannot) (knows?|tell|say) which "
                    + "(model|version)\\b|\\bwhich (model|version) is (in production|deployed|live)\\b"),
                    "model registry production version lineage"),
            new Symptom(Pattern.compile("\\b(paged|pages|on-?call|on call)\\b|\\bwho (owns|is responsible for|fixes)\\b"),
                    "model owner on-call ownership"),
            new Symptom(Pattern.compile("\\b(job|pipeline|run|batch)\\b.*\\b(didn't|did not|failed to|never) (run|finish|arrive)"
                    + "|\\bnobody noticed\\b|\\bsilently (failed|stopped)\\b|\\bno (fresh|new) predictions\\b"),
                    "batch job did not run alert deadline"),
            new Symptom(Pattern.compile("\\b(can't|cannot|can not|couldn't|unable to|fail to|failed to) (reproduce|rebuild|retrain)\\b"
                    + "|\\b(different|other) results? (every|each) (time|run)\\b"),
                    "reproducibility data versioning lineage"),
            new Symptom(Pattern.compile("\\b(latency|response times?|p99|errors?|timeouts?) (spikes?|spiking|went up|increased|is high|are high)\\b"
                    + "|\\b(slow|timing out) (api|service|endpoint|predictions)\\b"),
                    "service health monitoring latency errors"));

    private Symptoms() {
    }

    /** Whether the question tells a known symptom. */
    static boolean tells(String question) {
        var text = question.toLowerCase(Locale.ROOT);
        return KNOWN.stream().anyMatch(s -> s.sounds().matcher(text).find());
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
