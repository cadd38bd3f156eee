package dev.mlopsguide.knowledge;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The level a team's practices make, read from how a question tells them ("we train in notebooks but deploy through a
 * ci pipeline with tests - which level are we on"), by the levels' table: training by hand is level 0, or 1 with the
 * application built and tested by CI; a model released by hand, with nothing said of training, is level 0 too; training
 * from a pipeline is level 2, 3 when models are also released automatically, 4 when monitoring also triggers the
 * retraining. Similar wordings of different levels ("trains by hand in notebooks with no pipelines" and "trains in
 * notebooks but deploys through ci") are told apart by these rules, not by how alike they sound.
 */
final class StatedPractices {

    private static final String TRAINS = "\\b((re)?train(s|ed|ing)?|refit(s|ted|ting)?)\\b";
    private static final Pattern TRAINING_SAID = Pattern.compile(TRAINS);
    private static final String RETRAINS = "\\b(retrain(s|ed|ing)?|refit(s|ted|ting)?)\\b";
    /** Putting a model into service: "deploys", "shipped", "promoted". */
    private static final String RELEASES = "(deploy|deploys|deployed|release|releases|released|ship|ships|shipped|promot\\w+)";
    /** Up to four words that do not start another practice: "retrain weekly and deploy by hand" deploys by hand. */
    private static final String WORDS_OF_THE_SAME_CLAUSE = "( (?!(and|but|then|deploy\\w*|release\\w*|ship\\w*|cop(y|ies|ied)|push\\w*)\\b)\\w+){0,4}";
    private static final Pattern MANUAL_TRAINING = Pattern.compile(
            TRAINS + WORDS_OF_THE_SAME_CLAUSE
                    + " (by hand|manually|in (a |our |jupyter )?notebooks?)\\b"
                    + "|\\b(by hand|manual(ly)?|in (a |our )?notebooks?) (train|trains|trained|training|retrain\\w*)\\b"
                    + "|\\b(re)?training( runs?| jobs?)? (is|are|stays|remains) (all |still |completely |entirely )?(manual|by hand)\\b"
                    + "|\\b(re)?training( runs?| jobs?)? (is|are) (a person|someone|somebody|one person|a human) (running|kicking off|starting) \\w+"
                    + "|\\bretraining (is |happens )?(on request|ad hoc|when someone asks)\\b"
                    + "|\\beverything (is )?(manual|by hand|in notebooks)\\b|\\bnothing (is )?automated\\b"
                    + "|\\bnotebooks?\\b.*\\b(runs?|ran|running|re-?runs?) ((it|them) )?(by hand|manually)\\b"
                    + "|\\b(runs?|ran|running|re-?runs?) (the |its |their |our )?(\\w+ )?notebooks? (by hand|manually)\\b"
                    + "|\\b(model|model file|pickle|weights)( \\w+){0,2} (comes?|came) (off|from) (a |an |someone's |her |his |their |our )?([\\w']+ ){0,2}"
                    + "(laptop|desktop|workstation)\\b"
                    // Notebooks named as where models are made: "notebooks and manual deploys".
                    + "|\\bnotebooks? (only\\b|and (manual|hand) (deploys?|deployments?|releases?)\\b)");
    /** A model put into service by hand: its file passed on ("emailed as joblib files") or its service restarted by hand. */
    private static final Pattern MANUAL_RELEASE = Pattern.compile(
            "\\b(models?|model files?|pickles?|weights|artifacts?)( \\w+){0,2}( get| gets| are| is| got| was| were)? (e-?mailed|copied|sent|handed over|dropped)\\b"
                    + "|\\b(e-?mails?|e-?mailed|e-?mailing|cop(y|ies|ied|ying)) (the |a |its |our |their )?(models?|model files?|pickles?|weights)\\b"
                    + "|\\b(restarts?|restarted|redeploys?|redeployed) (the |our )?(\\w+ )?(service|server|app|api)( \\w+){0,2} (by hand|manually)\\b"
                    + "|\\b" + RELEASES + " (it |them |models? )?(by hand|manually)\\b|\\b(manual|hand) (deploys|deployments|releases)\\b");
    private static final Pattern APPLICATION_CI = Pattern.compile(
            "\\b(ci|ci/cd|devops|unit tests|automated (builds|tests)|tests? (run )?on every (commit|change|merge))\\b"
                    + "|\\b(service|app|application|api)( \\w+){0,3} (has|have|gets?|comes with) (build )?(pipelines|tests)\\b");
    private static final Pattern AUTOMATED_TRAINING = Pattern.compile(
            TRAINS + "( \\w+){0,3} (in|from|with|through|via|by|on) (a |an |the |our )?"
                    + "(\\w+ )?(training |retraining )?pipelines?\\b"
                    + "|" + RETRAINS + "( \\w+){0,2} (automatically|on (a )?schedule|every (day|night|week|month)"
                    + "|nightly|weekly|monthly|on its own)\\b|\\b(automatic|automated|scheduled|schedules?|scheduling) (re)?training\\b"
                    + "|" + TRAINS + " (is|are|runs?( as)?) (a |an )?(scheduled|nightly|weekly|automated) (\\w+ )?(job|dag|pipeline|workflow)\\b"
                    + "|\\b(dag|pipeline|job|cron job|scheduler)s? (\\w+ ){0,2}" + TRAINS
                    + "|\\b(re)?training pipelines? (runs? )?(on a schedule|nightly|weekly|monthly|every (day|night|week|month))\\b");
    private static final Pattern AUTOMATED_RELEASE = Pattern.compile(
            "\\b(" + RELEASES + "|go out|goes out)\\b( \\w+){0,3} "
                    + "(through|via|with|by) (a |the |our )?(ci|ci/cd|cd|release pipelines?|deployment pipelines?)\\b"
                    + "|\\b" + RELEASES + " (through|via|with|by) (the|that) same pipeline\\b"
                    + "|\\b(release|deployment) pipelines\\b|\\ba/b tests?\\b|\\b(deploy|deploys|released?) automatically\\b"
                    + "|\\b(automated|automatic) (deploys|deployments|releases|rollouts)\\b"
                    + "|\\b(deploys|deployments?|releases|rollouts?) (are|is) (all |fully )?(automated|automatic)\\b"
                    + "|\\b(ci|ci/cd|cd) (ships|deploys|releases|promotes|pushes)\\b"
                    + "|\\bmodels? (go|goes|get|gets|are) (live|deployed|released|promoted) automatically\\b");
    private static final Pattern MONITORING_TRIGGERS = Pattern.compile(
            RETRAINS + "( \\w+){0,3} (when|whenever|if|on) (drift|performance|metrics|accuracy|monitoring)"
                    + "|\\b(drift|monitoring|metric)[- ](triggered|driven)\\b|\\btriggered by (drift|monitoring|metrics|alerts)\\b"
                    + "|\\b(drift|monitoring|alerts?|metrics)( \\w+){0,2} (triggers?|starts?|kicks? off) (a |the )?retrain(s|ing)?\\b");
    private static final Pattern NOT_WATCHED = Pattern.compile(
            "\\b(no one|nobody) (watches|monitors|checks)\\b|\\bno (drift |production )?monitoring\\b");

    private StatedPractices() {
    }

    /** The level the practices the question tells make, if it tells enough of them to say. */
    static OptionalInt level(String question) {
        if (MANUAL_TRAINING.matcher(question).find()) {
            return OptionalInt.of(APPLICATION_CI.matcher(question).find() || AUTOMATED_RELEASE.matcher(question).find() ? 1 : 0);
        }
        if (!AUTOMATED_TRAINING.matcher(question).find()) {
            // Released by hand with no word of training: the hand-off of level 0 unless CI builds the application.
            return MANUAL_RELEASE.matcher(question).find() && !TRAINING_SAID.matcher(question).find() && !APPLICATION_CI.matcher(question).find()
                    ? OptionalInt.of(0) : OptionalInt.empty();
        }
        if (!AUTOMATED_RELEASE.matcher(question).find()) {
            return OptionalInt.of(2);
        }
        return OptionalInt.of(MONITORING_TRIGGERS.matcher(question).find() && !NOT_WATCHED.matcher(question).find() ? 4 : 3);
    }
}
