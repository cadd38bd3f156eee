package dev.mlopsguide.knowledge;

import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The team facts a question states ("3 models", "retrained weekly", "online at 99.9%", "regulated"), read into a
 * profile so that the target rules can answer it; what the question does not say is assumed, and said so.
 */
record StatedProfile(TeamProfile profile, List<String> read, List<String> assumed) {

    /** How many models the words for a count stand for; "a few" is read as three. */
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a single", 1), Map.entry("one", 1),
            Map.entry("a couple of", 2), Map.entry("two", 2), Map.entry("a few", 3), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("a dozen", 12), Map.entry("twelve", 12),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("a hundred", 100));
    /** "3 models", "a single churn model", "five production models". */
    private static final Pattern MODELS = Pattern.compile("\\b(\\d{1,4}|" + String.join("|", COUNTS.keySet())
            + ") (\\w+ )?(ml |production |machine learning )?models?\\b");
    private static final Pattern AVAILABILITY = Pattern.compile("\\b(\\d{2}(\\.\\d+)?) ?%");
    /** Availability told in nines: "three nines" is 99.9%. */
    private static final Pattern NINES = Pattern.compile("\\b(two|three|four|five|[2-5]) nines\\b");

    /** The facts of {@code question}, with the defaults of a team that says nothing more. */
    static StatedProfile read(String question) {
        var text = question.toLowerCase(Locale.ROOT);
        var read = new ArrayList<String>();
        var assumed = new ArrayList<String>();

        var stage = text.matches(".*\\b(proof of concept|poc|prototype)\\b.*") ? Stage.PROOF_OF_CONCEPT
                : text.matches(".*\\bbusiness[- ]critical\\b.*") ? Stage.BUSINESS_CRITICAL : null;
        note(stage != null, stage == null ? "" : stage.label().toLowerCase(Locale.ROOT), "in production", read, assumed);

        var models = MODELS.matcher(text);
        int unstated = stage == Stage.PROOF_OF_CONCEPT ? 0 : 1;
        int count = models.find() ? count(models.group(1)) : -1;
        note(count >= 0, count + " model(s) in production", unstated + " model(s) in production", read, assumed);

        var retraining = retraining(text);
        note(retraining != null, retraining == null ? "" : "retrained " + retraining.label().toLowerCase(Locale.ROOT),
                "retrained twice a year or less", read, assumed);

        var serving = text.matches(".*\\bstream(ing|s)?\\b.*") ? ServingMode.STREAMING
                : text.matches(".*\\b(online|api|real[- ]?time)\\b.*") ? ServingMode.ONLINE
                : text.matches(".*\\b(batch|nightly)\\b.*") ? ServingMode.BATCH : null;
        note(serving != null, serving == null ? "" : "served " + serving.label().toLowerCase(Locale.ROOT),
                "served in batches", read, assumed);

        var availability = AVAILABILITY.matcher(text);
        var nines = NINES.matcher(text);
        var percent = availability.find() ? availability.group(1) : nines.find() ? percentOfNines(count(nines.group(1))) : null;
        Double sla = percent == null ? null : Double.valueOf(percent);
        if (sla != null) {
            read.add(percent + "% availability");
        }

        var regulation = text.matches(".*\\b(regulated|regulator|regulation|compliance)\\b.*") ? Regulation.STRICT
                : text.matches(".*\\brisk policy\\b.*") ? Regulation.LIGHT : null;
        note(regulation != null, regulation == null ? "" : "regulation " + regulation.id(), "not regulated", read,
                assumed);

        var profile = new TeamProfile(stage == null ? Stage.PRODUCTION : stage, count >= 0 ? count : unstated,
                retraining == null ? RetrainingCadence.RARELY : retraining, serving == null ? ServingMode.BATCH : serving,
                sla, regulation == null ? Regulation.NONE : regulation);
        return new StatedProfile(profile, read, assumed);
    }

    /** Whether the question states any fact at all. */
    boolean statesAnything() {
        return !read.isEmpty();
    }

    private static int count(String words) {
        return Character.isDigit(words.charAt(0)) ? Integer.parseInt(words) : COUNTS.get(words);
    }

    /** "99" for two nines, "99.9" for three. */
    private static String percentOfNines(int nines) {
        return "99" + (nines > 2 ? "." + "9".repeat(nines - 2) : "");
    }

    private static RetrainingCadence retraining(String text) {
        if (text.matches(".*\\b(when (the )?metrics|on drift|triggered by (metrics|drift))\\b.*")) {
            return RetrainingCadence.ON_METRICS;
        }
        if (text.matches(".*\\b(daily|every day|each day|hourly|every hour)\\b.*")) {
            return RetrainingCadence.DAILY;
        }
        if (text.matches(".*\\b(weekly|every week|each week|every (two|2) weeks|biweekly)\\b.*")) {
            return RetrainingCadence.WEEKLY;
        }
        if (text.matches(".*\\b(monthly|every month|each month)\\b.*")) {
            return RetrainingCadence.MONTHLY;
        }
        if (text.matches(".*\\b(quarterly|every quarter|every (three|3) months)\\b.*")) {
            return RetrainingCadence.QUARTERLY;
        }
        return text.matches(".*\\b(twice a year|yearly|once a year|annually|every year|rarely)\\b.*") ? RetrainingCadence.RARELY : null;
    }

    private static void note(boolean stated, String fact, String assumption, List<String> read, List<String> assumed) {
        if (stated) {
            read.add(fact);
        } else {
            assumed.add(assumption);
        }
    }
}
