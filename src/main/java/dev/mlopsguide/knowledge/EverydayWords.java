package dev.mlopsguide.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Everyday and chat words read as the words the articles use, so that the lexical search can match them: "prod" is
 * production, "k8s" Kubernetes, "go live" a release, "sign off" an approval, "3am" on-call. Like a symptom's causes,
 * the articles' words are added to what is searched, never shown.
 */
final class EverydayWords {

    /** The places of a project's three steps, as "the third phase of the project" tells the Operate step. */
    static final String FIRST_PLACE = "(first|earliest|opening|initial)";
    static final String SECOND_PLACE = "(second|middle)";
    static final String LAST_PLACE = "(third|last|final|closing)";

    private record Reading(Pattern said, String written) {
    }

    /** A small share, in figures or words: "5%", "10 percent", "ten percent", "a slice". */
    private static final String SHARE = "(\\d{1,2} ?(%|percent)|(one|two|five|ten|fifteen|twenty|thirty) percent"
            + "|a (small |thin |tiny )?(slice|sliver|fraction)|a (tenth|twentieth|fiftieth|hundredth))";

    /** Outcomes that no longer come: "labels stopped arriving", "they have stopped coming in". */
    private static final String STOPPED_ARRIVING = "(stopped|stop|stops|have stopped) (arriving|coming( in)?|landing)\\b";

    /** What a record measures or counts, as a check would range it: "negative prices", "weights nobody could pick". */
    private static final String MEASURES = "(ages?|prices?|quantities|amounts?|counts?|durations?|values|readings|measurements|temperatures|speeds"
            + "|weights|heights|sizes|totals)";

    /** More than a place can take: "than the building holds", "than a pitch allows". */
    private static final String THAN_THE_PLACE_HOLDS = "than (what )?(the|a|its|our) (\\w+ ){0,2}(can )?(holds?|fits?|seats?|takes?|allows?)\\b";
    /** A value worked out by code: "computed differently in the app", "counts it one way in training". */
    private static final String WORKED_OUT = "((comput|calculat|deriv|scal|normali[sz]|encod)(e|es|ed|ing)|count(s|ed|ing)?|build(s|ing)?|built)";

    /** A release that keeps the service up: "without downtime", "with no downtime", "without a maintenance window". */
    private static final String WITHOUT_DOWNTIME = "(with no|without( any| an?)?) (downtime|maintenance windows?)\\b";

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";

    private static final List<Reading> READINGS = List.of(
            new Reading(Pattern.compile("\\bprod\\b"), "production"),
            new Reading(Pattern.compile("\\bk8s\\b"), "kubernetes"),
            new Reading(Pattern.compile("\\bserv(e|es|ing) (\\w+ )?models? (on|in|with) (kubernetes|k8s)\\b"
                    + "|\\btools? (that |which )?(could|can|would|will|to) (serve|host) (the |our |a )?([\\w-]+ ){0,3}models?\\b(?! registr)"
                    // Asked for as a kind of tool, not for one job ("which serving tools on kubernetes can roll out a canary").
                    + "|\\b(which|what) serving (tools?|frameworks?) (suits?|fits?|would|could|should|for|are|do)\\b"),
                    "serving kserve seldon"),
            new Reading(Pattern.compile("\\b(go|goes|going|went|gone) live\\b|\\bgo-live\\b"), "release production"),
            // A sign-off, and whose call a release is, are an approval; whose call a retrain or a threshold is stays the owner's.
            new Reading(Pattern.compile("\\bsign(s|ed|ing)? off\\b|\\bsign-off\\b|\\b(gives?|giving|gave) (\\w+ )?the (go-ahead|green light)\\b"
                    + "|(?m:^)(?=.*\\b(whose (call|decision)|who ((should|must|will|gets to) decide (whether|if|when)|decides (whether|if)))\\b)"
                    + ".*\\b(swap|swapp?(ed|ing)|replac(e|ed|ing)"
                    + "|promot(e|ed|ing)|ship|release|ready for|go(es)? live|launch|(re)?deploy(ed)?|(switch|turn)(ed|ing)? (it |them )?off|shut (it |them )?down"
                    + "|retir(e|ed|ing)|decommission(ed|ing)?)\\b"), "approval approve"),
            new Reading(Pattern.compile("\\b(3 ?am|middle of the night|(?<!-)pager)\\b"), "on-call"),
            // Asked who is on call, not said of whoever is: "a big screen for whoever is on call" asks about dashboards.
            new Reading(Pattern.compile("\\b(whoever|who|someone|somebody) (is |'s )?on (duty|shift)\\b|\\bwho('s| is) on[- ]call\\b"
                    + "|\\bduty (rota|roster)\\b"), "on-call owner"),
            // Work each side disowns: "the data engineers say drift alerts are not their job".
            new Reading(Pattern.compile("\\b(not|isn't|aren't|never) (really )?(their|our|my|his|her) (job|problem|responsibility|concern)\\b"),
                    "owner ownership who does what"),
            // What deserves a page is a service's health; whom it pages is ownership.
            new Reading(Pattern.compile("\\bwhat (should|would|must|ought to) (page|wake( up)?|call out) (someone|somebody|anyone|us|me|the on-?call)\\b"
                    + "|\\b(which|what) alerts (should|would|must|does|do) (the |our |an? )?(\\w+ ){0,3}(api|service|endpoint|server)\\b"
                    + "|\\b(api|service|endpoint|server)('s|s')? (latency|response times?|error rates?)\\b"
                    + "|\\b(watch|monitor|track|check|alert) on( for)? (the |its |their |our |an? )?([\\w-]+ ){0,2}(api|endpoint|service|server)s?\\b"
                    // Alerts on a service's failures: "alert on errors from the car rental api".
                    + "|\\balert(s|ing)? on (\\w+ )?(errors|error rates?|failures|timeouts) (from|of|in) (the|our|a) (\\w+ ){0,3}(api|service|endpoint|server)\\b"),
                    "service health monitoring alerts latency error rate"),
            // Not when they are only whom something is explained to ("explain a registry to a new hire"), nor who asks, nor
            // when they are to retrain the model themselves, which is reproducibility.
            new Reading(Pattern.compile("(?<!\\bto )(?<!\\bto a )(?<!\\bto our )(?<!\\bto the )"
                    + "\\b(new hires?|newcomers?|onboard(ing)?|new joiners?)\\b(?! (asked|asks|wonders|wondered|wants to know))"
                    + "(?!( \\w+){0,5} (retrain|rerun|reproduce|rebuild)\\w*\\b)"),
                    "documentation model card"),
            // A new model's business impact is what an A/B test measures; a live model's is watched, and is what management hears.
            new Reading(Pattern.compile("\\breport(s|ing)? (\\w+ ){0,3}to (the )?(management|board|leadership|execs|executives|bosses|stakeholders)\\b"
                    + "|\\b(earns? its keep|(still )?worth (keeping|running|having)|(pays?|paying) for (itself|themselves)|keeps? paying off"
                    + "|still pays? off)\\b"
                    + "|\\b(earns?|earning|makes?|making|brings? in) (us )?(money|revenue|a profit)\\b|\\bwhether (the|our|its) model (actually |really )?helps\\b"
                    + "|\\bstill (reduces|cuts|lowers|increases|raises|drives|boosts|helps|saves|moves?|lifts?)\\b(?! (the |an? )?(alarms?|alerts?))"
                    + "|\\bstill (saving|earning|making) (us |the \\w+ )?(money|revenue|time)\\b"
                    + "|\\b(tie|ties|tying|link|links|linking|connect|connects|connecting) (the |our |its )?model('s (\\w+ )?results)? to "
                    + "(the )?(money|revenue|sales|profit|savings|costs)\\b"
                    + "|(?m:^)(?!.*\\bnew (model|version)\\b).*\\bbusiness (impact|value|outcomes?|results?|effects?)\\b"
                    + "|\\b(show|shows|showing|prove|proves|proving|demonstrate|demonstrates|demonstrating) (the |our |its |their )?"
                    + "(\\w+ )?models?'?s? (value|worth|impact|payoff)\\b"
                    // Whether a model saves its users time is its business value; whether automation saves the team's is its cost.
                    + "|(?m:^)(?!.*\\bautomat).*\\b(whether|if) (\\w+ ){0,5}(actually |really )?sav(e|es) (\\w+ ){0,2}(time|hours|minutes|money)\\b"),
                    "business metrics value"),
            new Reading(Pattern.compile("\\b(dark launch(ed|es)?|runs? dark|in the dark)\\b"
                    + "|\\b(alongside|next to|beside|in parallel with) the (old|current|live|existing) (one|model)\\b"
                    + "|\\brun(s|ning)? (the )?(new|old) and (the )?(old|new) (\\w+ ){0,3}(together|in parallel|at the same time|simultaneously)\\b"
                    + "|\\bwithout (affecting|touching|impacting|bothering|blocking|hurting) (real )?(customers|users|anyone)\\b"
                    + "|\\bwithout (customers|users|anyone) (seeing|noticing)\\b"
                    + "|\\b(nobody|no one) (sees|uses|acts on|reads) (its |the )?(outputs?|predictions?|answers?|scores?)\\b"
                    + "|\\b(outputs?|predictions?|answers?|scores?) (nobody|no one) (sees|uses|acts on|reads)\\b"
                    + "|\\bwithout (\\w+ )?(acting|relying) on (the new one|the new model|it|its (outputs|predictions|scores))\\b"
                    // Not a job that failed without a word: "a nightly scoring job quietly failed".
                    + "|\\b(runs?|running|scor(e|es|ing)|predict(s|ing)?)( \\w+){0,2} (silently|quietly|in silence)\\b"
                    + "(?! (fail|failed|fails|failing|broke|breaks|died|dies|stopped|stops|crashed|crashes)\\b)"
                    + "|\\b(run|runs|running|ran) (the |a |our )?(new |candidate )(\\w+ ){0,2}(model|version|ranker|forecast|classifier) in the background\\b"
                    + "(?! (fail|fails|failed|died|dies|stopped|stops|broke|breaks|crashed|skipped))"
                    + "|\\bmirror(s|ed|ing)? (\\w+ )?(traffic|requests|calls)\\b|\\btraffic mirroring\\b"
                    + "|\\b(its |the )?(results|outputs|predictions|answers|scores) (\\w+ ){0,2}(thrown away|discarded|never shown)\\b"
                    + "|\\b(predictions|outputs|scores|answers)\\b.*\\b(that|which) (nobody|no one) (acts on|uses|sees)\\b"
                    + "|\\b(score|scores|scoring|rate|rates|rating|route|routes|routing|classify|classifies|predict|predicts) (\\w+ ){0,3}without "
                    + "(acting on|using|applying|sending) (them|it|its (predictions|scores|answers)|the (predictions|scores|answers))\\b"
                    // Run where it will work, its answers unused: "run the canal boat model on live data without using its answers".
                    + "|\\b(run|runs|running|ran|try|trying|test|testing) (\\w+ ){0,5}on (live|real|production) (data|traffic|requests|inputs) "
                    + "without (acting on|using|applying|showing|sending)\\b"
                    + "|\\bwhile the (old|current|existing|live) (one|model|version) (still )?(decides|answers|serves|feeds|drives|powers"
                    + "|makes the (calls|decisions)|keeps [a-z]+ing"
                    + "|raises (the )?(alarms?|alerts?)|sends (the )?(alarms?|alerts?))\\b"
                    // A new model tried beside the current one while nobody acts on it: "without affecting any workers".
                    + "|(?m:^)(?=.*\\b(compare|comparing|try|trying|test|testing|run|running)\\b).*\\bwithout (affecting|touching|impacting|disturbing) "
                    + "(any |the |our )?(\\w+ )?(workers|users|customers|drivers|patients|players|staff|people|decisions|orders)\\b"
                    + "|(?m:^)(?=.*\\b(compare|comparing|try|trying|test|testing|run|running)\\b).*\\bwithout (it|them|the new (one|model|version)) "
                    + "(sending|raising|triggering|issuing|making|taking|changing|placing) (any |real )?(\\w+ )?"
                    + "(warnings|alerts|alarms|decisions|actions|calls|changes|orders|bids)\\b"), "shadow"),
            new Reading(Pattern.compile("\\bchampion[- /]challenger\\b"), "a/b test shadow"),
            // A change in a business figure put down to the new model or to something else: a control group tells them apart.
            new Reading(Pattern.compile("\\b(came|comes|come) from the new (\\w+ )?(model|ranker|recommender|version|release)\\b.*\\bor\\b"
                    + "|\\b(caused by|due to|because of) the new (\\w+ )?(model|ranker|recommender|version)\\b.*\\bor (by |due to |because of )?(the )?"
                    + "(holiday|season|weather|sale|campaign|promotion)"), "a/b test control group business metrics"),
            // A new model tried on the people it will serve before it takes over: on live traffic, shadowed or in part.
            new Reading(Pattern.compile("\\b(test|tested|testing|try|tried|trying)( (it|them|out|the (new )?(model|version)))? (with|on) real "
                    + "(users|customers|applicants|traffic|requests|callers|patients|people)\\b"), "shadow canary live traffic"),
            new Reading(Pattern.compile("\\bsplit(s|ting)? (\\w+ ){0,2}(traffic|users|customers|visitors|shoppers|players) between "
                    + "(two|both|the old and (the )?new)\\b"
                    + "|\\bcompar(e|es|ing) (two|both|the two|2) (\\w+ )?(models|versions|rankers|recommenders) on (live|real|production) traffic\\b"),
                    "a/b test experiment business metric"),
            new Reading(Pattern.compile("\\bincumbent( model)?\\b"), "champion challenger"),
            new Reading(Pattern.compile("\\bcron(tab)?\\b|\\b(on its own|by itself) (every|each) (day|night|week|month|monday|tuesday|wednesday|thursday"
                    + "|friday|saturday|sunday)\\b"), "schedule orchestration"),
            new Reading(Pattern.compile("\\bdags?\\b"), "pipeline orchestration"),
            new Reading(Pattern.compile("\\bnotebooks? (running|to run|run|runs) on a schedule\\b"), "notebook to pipeline"),
            // Code that lives only with one person: "the training code lives in one analyst's home folder".
            new Reading(Pattern.compile("\\bonly (record|copy|description) of (how|what)\\b"
                    + "|\\b(code|scripts?|notebooks?)\\b (\\w+ ){0,2}(lives?|sits?|is kept|are kept|is stored|are stored|exists?) (only )?(in|on) "
                    + "(one |an? |someone's |his |her |their )?(\\w+'s )?(home (folder|directory|dir)|laptop|desktop|own machine|workstation)\\b"),
                    "notebook to pipeline scripts version control"),
            new Reading(Pattern.compile("\\bwho (should|will|would|must|is going to|is meant to) own\\b"
                    + "|\\bwho (should|will|would|must|is) be (held )?(accountable|answerable)\\b"
                    + "|\\bwho (should|will|would|must) (answer|respond|step in) when\\b"
                    + "|\\bwho (keeps|will keep|should keep|looks after) (the |our )?(\\w+ ){0,3}(model|service|forecast|classifier|pipeline)s? "
                    + "(healthy|running|alive|working)\\b"), "owner ownership"),
            new Reading(Pattern.compile("\\bwho (should|will|would|must|is meant to) (get|receive|be sent|answer|handle|look at|watch|respond to"
                    + "|pick up|deal with|act on) (the |an |our |these |those )?"
                    + "(\\w+ )?(alerts?|pages?|alarms?)\\b"), "owner on-call"),
            new Reading(Pattern.compile("\\bct\\b"), "continuous training"),
            new Reading(Pattern.compile("\\b(pickles?|pickled|pkl|joblib|model files?)\\b"
                    + "|\\b(store|stores|storing|version|versions|versioning) (and (store|version) )?(our |the |its |their |all (the |our )?)?"
                    + "(trained |fitted )?models\\b"
                    + "|\\b(keep|keeps|keeping|track|tracks|tracking) (the |our )?model versions\\b"
                    + "|\\b(keep|keeps|keeping) (our |the |its |their |all (the |our )?)?(trained|fitted) models\\b"),
                    "model registry version"),
            new Reading(Pattern.compile("\\b5\\d\\ds?\\b|\\b5xx\\b"), "errors"),
            // A forecast's error is its quality, not a service's failed requests.
            new Reading(Pattern.compile("\\b(whose|their|its) (forecast |prediction )?(error|mape|rmse|mae)\\b|\\b(forecast|prediction) errors?\\b"),
                    "model performance quality metric segment"),
            new Reading(Pattern.compile("\\b(break|breaks|breaking|broke) (the |our |any )?(\\w+ ){0,2}(apps?|services?|clients?|callers?|consumers?) "
                    + "(that|which|who) (call|calls|use|uses|consume|consumes|depend on)\\b"), "integration tests api contract ci/cd"),
            new Reading(Pattern.compile("\\b(every|each) (commit|merge|push|pull request|pr)\\b"), "ci/cd"),
            // A model's build set against an application's: "a build pipeline for the model different from one for our web app".
            new Reading(Pattern.compile("\\b(build|release|deploy(ment)?|ci) pipelines? (for|of) (an? |the |our )?([\\w-]+ ){0,2}models?\\b"
                    + ".*\\b(different|differs?|unlike|compared)\\b.*\\b(web|software|normal|regular|ordinary|apps?|services?|backend)\\b"),
                    "ci/cd for machine learning code data model"),
            new Reading(Pattern.compile("\\bdocs\\b"), "documentation"),
            // Not "is it sane to …", which asks whether a practice is wise.
            new Reading(Pattern.compile("(?<!is it )(?<!it's )\\bsane\\b|\\bsanity\\b"), "validation data quality"),
            // A tagged model is a registry's alias; a tagged dataset, or training images, a version of the data.
            // A tagged run or experiment is the tracker's.
            // Not a model that tags ("the news tagging model").
            new Reading(Pattern.compile("(?m:^)(?!.*\\b(runs|experiments?|predictions?|training (data|images|photos|files|rows|set))\\b)"
                    + ".*\\btag(s|ged|ging)?\\b(?! (models?|service|classifier)\\b)"
                    + "(?!.*\\b(datasets?|data|tables?|snapshots?)\\b)"),
                    "alias version registry"),
            new Reading(Pattern.compile("\\btag(s|ged|ging)?\\b(?=.*\\b(datasets?|data|tables?|snapshots?)\\b)"), "data versioning snapshot"),
            new Reading(Pattern.compile("\\btag(s|ged|ging)?\\b.*\\b(runs|experiments?)\\b|\\b(runs|experiments?)\\b.*\\btag(s|ged|ging)?\\b"),
                    "experiment tracking run lineage"),
            new Reading(Pattern.compile("\\b(bad|broken|corrupt|garbage|junk) (input |incoming )?(rows|records|values|data)\\b"), "data quality validation"),
            // A daily look at the data a model reads: "what should we check each morning on the table of features".
            new Reading(Pattern.compile("(?m:^)(?=.*\\b(tables?|feeds?|features|inputs|columns)\\b)"
                    + ".*\\b(check|checks|inspect|look at|watch)\\b (\\w+ ){0,2}(each|every) (morning|day)\\b"
                    + "|\\b(check|inspect|look at|watch|monitor)\\w* (on |in )?(the |our |its )?(\\w+ )?(data|rows|records|files) (coming in|arriving)\\b"),
                    "data quality monitoring checks"),
            new Reading(Pattern.compile("\\b(arriv(e|es|ed|ing)|land(s|ed|ing)?|com(e|es|ing)|came) (in )?(half|partly|partially|mostly) (empty|blank)\\b"
                    + "|\\b(stores|sites|sensors|shops|branches|depots|clinics|partners|devices) (sent|send|reported|report|uploaded) (nothing|no data)\\b"),
                    "data validation completeness missing"),
            // A threshold on a model's own error is performance monitoring, whatever runs the model.
            new Reading(Pattern.compile("\\balert (\\w+ ){0,3}(when|if|once) (the |our |its )?([\\w']+ ){0,3}"
                    + "(error|errors|accuracy|mape|rmse|mae|precision|recall|auc)\\b"),
                    "model performance monitoring alert threshold"),
            new Reading(Pattern.compile("\\b(besides|beyond|apart from|other than|on top of) (the )?(accuracy|auc|precision|recall|f1)\\b"),
                    "what to watch besides accuracy"),
            // Tests written on data, as code is tested: checks before the data is used, not watching it in production.
            new Reading(Pattern.compile("\\bdata (quality )?tests\\b|\\btests? (for|on) (the |our )?(\\w+ )?(tables|columns|datasets)\\b"),
                    "data validation dbt tests"),
            // "pip freeze": an environment frozen is one whose versions are pinned; one that takes whatever is newest is not.
            new Reading(Pattern.compile("\\b(fr(eeze|eezes|eezing|ozen)|captur(e|es|ed|ing)|record(s|ed|ing)?) (the |our |its )?(exact )?(\\w+ )?"
                    + "(environment|dependencies|packages|versions|requirements)\\b"
                    + "|\\bwhatever (\\w+ )?(is |version is )?(newest|latest)\\b|\\bunpinned\\b"
                    + "|\\bsame (packages|versions|libraries|dependencies)\\b"
                    + "|\\b(different|another|newer|whatever) versions? of (pandas|numpy|scikit-learn|sklearn|python|tensorflow|pytorch|torch"
                    + "|xgboost|(the |its |our )?(libraries|packages|dependencies))\\b"
                    + "|\\b(container image|docker image|library versions|package versions)\\b.*\\bre-?runs?\\b.*\\b(matches|match|gives the same|reproduces)\\b"
                    // A model that behaves alike wherever it runs: "package the model so it runs the same everywhere".
                    + "|\\b(runs?|works?|behaves?|scores?) (exactly )?the same (everywhere|anywhere|on (every|any) (machine|laptop|server|computer))\\b"),
                    "pin versions environment reproducibility"),
            new Reading(Pattern.compile("\\b(land(s|ed|ing)?|arriv(e|es|ed|ing)|finish(es|ed|ing)?|done|ready) (on time|late|in time)\\b"
                    + "|\\b(ran|runs?|completed) (properly |correctly |fully |successfully )?(and )?(on time|in time)\\b"),
                    "deadline finished on time"),
            new Reading(Pattern.compile("\\b(land(s|ed|ing)?|arriv(e|es|ed|ing)|c(a|o)me in) (complete|in full|whole)\\b"),
                    "data quality monitoring volume stale records"),
            // Not one group's outputs drifting apart from the others: that is a segment to watch.
            new Reading(Pattern.compile("\\b(drift(s|ing|ed)? apart(?! from the (others|rest))|out of sync|diverg(e|es|ed|ing))\\b"
                    + "|(?m:^)(?=.*\\b(features?|values|transformations?)\\b).*\\bin sync\\b|\\b(just )?(like|as) (in|during|at) training\\b"
                    // What the serving side sends set against what the model learned from: "the same fields it was trained on".
                    + "|\\b(same|identical|exact) (fields|features|inputs|columns|values) (it|the model|they) (was|were) (trained|fitted|fit) (on|with)\\b"
                    + "|\\b(features?|inputs?|fields|columns|values)\\b.*\\bmatch (the ones|those) (the model|it) (was|were) (trained|fitted|fit|built|made) "
                    + "(on|with|from)\\b"
                    + "|\\b(same|identical|exact) (\\w+ ){1,4}(online|live|in production|at serving time) (that |which )?(it|the model|they) "
                    + "(saw|got|had|used) (in|during|at) training\\b"
                    + "|\\b" + WORKED_OUT + " differently (in|by|on) (the )?(\\w+ )?(app|api|service|production|website|frontend)\\b"
                    + "|\\b" + WORKED_OUT + " (\\w+ ){0,2}one way in (training|the notebook) and (another|a different way) in\\b"
                    + "|\\b" + WORKED_OUT + " (\\w+ ){0,2}differently (than|from) (in |during )?training\\b"
                    + "|\\bboth (when|in|during) training and (when|in|during) (serving|scoring|production)\\b"
                    + "|\\bmatch between (the )?(notebook|training( code)?) and (the )?(\\w+ ){0,2}(app|api|service|website|production|serving)\\b"
                    // Units the model did not learn in: "visit lengths in seconds when the model learned minutes".
                    + "|\\bin (minutes|hours|" + Symptoms.UNITS + ")\\b"
                    + ".{0,20}\\b(when|while|but|whereas) (the (\\w+ )?model|it) (learned|learnt|was trained on|expects)\\b"),
                    "training-serving skew consistency"),
            new Reading(Pattern.compile("\\b(sets? off|setting off|kicks? off?|kicking off?|fires? off)\\b"), "trigger"),
            new Reading(Pattern.compile("\\b(retrains?|jobs?|runs|pipelines?)\\b.*\\boverwrit(e|es|ing|ten) each other'?s?\\b"
                    + "|\\b(runs?|running|jobs?|retrains?|pipelines?) (\\w+ ){0,2}(at the same time|concurrently|in parallel|overlap(s|ping)?)\\b"),
                    "orchestration schedule pipeline"),
            new Reading(Pattern.compile("\\bdeploy(s|ed|ing)?\\b.*\\b(from|off) (a|my|his|her|their|someone's|your) laptops?\\b"),
                    "ci/cd pipeline registry"),
            new Reading(Pattern.compile("\\b(feedback|ground truth|actuals)\\b"), "labels outcomes"),
            // "You build it, you run it."
            new Reading(Pattern.compile("\\bbuilds? ((it|them),? )?(and|you) runs?\\b"), "owner ownership on-call"),
            new Reading(Pattern.compile("\\b(second pair of eyes|four[- ]eyes)\\b"), "review approval"),
            new Reading(Pattern.compile("\\bhot[- ]?fix(es|ed|ing)?\\b"), "rollback release pipeline"),
            new Reading(Pattern.compile("\\b(others|anyone|someone else|a colleague|colleagues|analysts|auditors) (can|could) "
                    + "(rerun|reproduce|rebuild|run it again)\\b"
                    + "|\\breproduce ([\\w']+ ){0,4}exactly\\b"
                    + "|\\b(rebuild|recreate|re-create|reproduce)\\w* (the |that )?(exact|same|identical) (\\w+ ){0,3}model\\b"
                    + "|\\bre-?runn?able\\b|\\bre-?run (exactly|identically)\\b|\\breproduce each other'?s\\b"
                    // Runs that should agree: "make two people's runs of the same notebook agree".
                    + "|\\bruns (of (the same|one|a|our) ([\\w-]+ ){1,2})?(agree|match)\\b"
                    // Run again for the same result: "rerun last spring's training and get the very same grader".
                    + "|\\b(re-?run|repeat|redo)\\w* (\\S+ ){0,5}(and|to) (still )?(get|end up with|produce) (back )?(the )?(very |exact |exactly the )?same\\b"
                    // The same training later: "make sure the model trains the same next month as today".
                    + "|\\b(trains?|builds?) (exactly )?(the same|identical(ly)?)( way)? (next (week|month|year|time|run)"
                    + "|again|tomorrow|every time|each time|twice|later)\\b"),
                    "reproducibility"),
            // Retrained by someone who cannot ask its author: everything it needs must be recorded.
            new Reading(Pattern.compile("\\b(retrain|rebuild|recreate|reproduce|rerun)\\w* (\\w+ ){0,6}without (asking|help from|needing|calling) "
                    + "(anyone|anybody|us|them|(the|its|their) (author|original \\w+))\\b"
                    + "|\\b(can|could) (still )?be (rebuilt|recreated|reproduced)\\b"
                    + "|\\b(training |model )?(runs|results|builds) (are |be )?(repeatable|deterministic)\\b"),
                    "reproducibility reproducible rebuild versioned"),
            // What comes out the same on every run is what its random seed and pinned inputs make the same; so does a
            // model retrained from scratch that should score as it did.
            new Reading(Pattern.compile("\\b(identical|the same)( \\w+)? (on|in|across) (every|each|all) (re-?runs?|runs?|machines?)\\b"
                    + "|\\b(comes?|came|turns?) out (identical|the same) (every|each) time\\b"
                    + "|\\b(identical|the same) ([\\w-]+ ){0,2}(accuracy|results?|scores?|numbers|metrics|auc|model)( back)? (when|if|after) (we |you |they )?"
                    + "(retrain|rebuild|rerun|recreate)\\w*\\b"
                    + "|\\b(retrain|rebuild|rerun)\\w*\\b.*\\b(results?|scores?|numbers|metrics|accuracy) (differ|vary|varies|come out different"
                    + "|are (a (little|bit) )?different)\\b"
                    + "|\\b(non-?)?deterministic\\b"),
                    "reproducibility random seed"),
            // Inputs a day behind: "fed yesterday's weather instead of today's".
            new Reading(Pattern.compile("\\b(yesterday's|last week's|last night's) (\\w+ ){0,2}instead of (today's|this week's|tonight's)\\b"),
                    "stale features freshness last update data quality"),
            new Reading(Pattern.compile("\\b(late|stale|delayed|out of date|stopped updating)\\b.*\\b(data|features?|tables?|pipelines?|feeds?)\\b"
                    + "|\\b(data|features?|tables?|pipelines?|feeds?) (is |are |was |were |runs? |ran |arrives? |arrived )?(late|stale|delayed|out of date)\\b"
                    + "|\\b(data|features?|tables?|feeds?) (\\w+ ){0,2}lag(s|ged|ging)? (\\w+ ){0,2}behind\\b"
                    + "|\\b(results|recommendations|predictions|scores|rankings) (look|looks|are|seem|feel) (stale|out of date)\\b"),
                    "freshness stale features"),
            new Reading(Pattern.compile("\\b(stor(e|es|ed|ing)|log(s|ged|ging)?|keep(s|ing)?|sav(e|es|ed|ing)|record(s|ed|ing)?) (a copy of )?(every|all|each) "
                    + "(of the |the )?(requests?|predictions?|responses?|inputs?|outputs?|calls?)\\b|\\b(request|input) (payloads|bodies)\\b"
                    + "|\\b(every|each|all) (\\w+ )?predictions?( \\w+){0,4} (be |get |are |is )?logged\\b"
                    + "|\\blog(s|ging)? (the )?(inputs|features) of (every|each|all) (\\w+ )?predictions?\\b"
                    + "|\\b(fields|parts|attributes) of (each|every) (request|prediction|call|response)\\b"
                    + "|\\b(stor(e|es|ing)|sav(e|es|ing)|keep(s|ing)?|log(s|ging)?) (the |our |model )?(predictions|scores|model outputs) "
                    + "(in|to|into) (the |a |our )?(warehouse|database|table|lake|bigquery|snowflake|s3)\\b"),
                    "logged predictions request id monitoring"),
            new Reading(Pattern.compile("\\btraffic (doubles|doubled|triples|tripled|spikes|grows|grew|jumps|surges)\\b"
                    + "|\\b(peak|holiday|black friday) (load|traffic)\\b"), "scale replicas autoscale latency"),
            // MLOps put for someone outside the field is its basics, whatever else they know of models ("only knows they cost money").
            new Reading(Pattern.compile("^(what is|what's|explain|describe) mlops (to|for) (a|an|our|the|my) "), "mlops basics explained for a manager"),
            new Reading(Pattern.compile("\\bone-?pager\\b|\\bone-page (summary|doc|document|description)\\b|\\bfact ?sheets?\\b"
                    + "|\\b(readable|plain[- ]language|non-technical) summar(y|ies) of (each |every |our |the )?(\\w+ )?models?\\b"
                    + "|\\bmodel documentation\\b|\\bdocument(s|ing)? (each|every|the|our|a) (\\w+ )?models?\\b"
                    + "|\\b(read|see|understand|follow) how (the |our |a )?(\\w+ )?model (was built|works|decides)\\b.*\\bwithout (reading )?(the |any )?code\\b"),
                    "model card documentation"),
            new Reading(Pattern.compile("\\bdata contracts?\\b|\\bagree(ment|d)? (on|about) (the )?(columns|schema|fields|format)\\b"
                    + "|\\bcontracts?\\W{0,2} (with|between) (the )?(\\w+ ){0,3}(team|teams|app|producers?|upstream|owners?)\\b"
                    + "|\\b(wrong|missing|unexpected|extra|renamed|misnamed) columns\\b"
                    + "|\\b(dropp(ing|ed|s)|los(e|es|ing)|lost|skipp(ing|ed|s)) (a |the |one |some |two |an? \\w+ )?(columns?|fields?)\\b"),
                    "schema data validation contract"),
            new Reading(Pattern.compile("\\bwithout (a human|anyone|anybody|someone|people|a person) (clicking|pressing|doing|touching|approving"
                    + "|starting|triggering|kicking)\\b"
                    + "|\\bhands-?off\\b"), "automated pipeline"),
            new Reading(Pattern.compile("\\b(before|until) (it|the (\\w+ )?(model|version)) (is |gets )?(allowed|let|permitted) (near|into|in|onto) "
                    + "(production|prod|live traffic)\\b"), "ci/cd pipeline gate validate model before deployment"),
            new Reading(Pattern.compile("\\bwith (nobody|no one|no human|no person) (looking|watching|checking|approving|signing off)\\b"),
                    "promoted automatically level 4 approval gate"),
            new Reading(Pattern.compile("\\b(model|job|scores?|predictions?) (that |which )?(is |are )?(runs?|run|scored|computed) "
                    + "(monthly|nightly|weekly|daily|every (night|week|month|morning))\\b"
                    + "|\\bby an? (\\d{1,2} ?(am|pm)|nightly|overnight|daily|weekly|monthly) job\\b"),
                    "batch job schedule"),
            new Reading(Pattern.compile("\\b(two|2|several|three|3) (model )?variants\\b"
                    + "|\\bcompar(e|es|ed|ing) (two|2|both|the two) ([\\w-]+ ){0,2}(models|versions|variants) (on|with) (real|live|actual) "
                    + "(customers|users|traffic|visitors|shoppers|people)\\b"
                    // Users divided between two live versions: "run two versions side by side and split users between them".
                    + "|\\bsplit (the )?(users|customers|traffic|visitors|shoppers) between (them|the two|both)\\b"), "a/b test experiment"),
            new Reading(Pattern.compile("\\b(gap|mismatch|difference)s? between (the )?(offline|training) (and|vs|versus) (the )?(online|live|serving)\\b"
                    + "|\\b(offline|training) (features?|data|values) (vs\\.?|versus|and) (the )?(online|live|serving) (ones|features?|data|values)\\b"
                    + "|\\b(offline|training) (and|vs\\.?|versus) (online|live|serving) (features?|values|data) (match|agree|differ|are the same)\\b"
                    // Said the other way round: "make the live features match the ones they trained with".
                    + "|\\b(online|live|serving|production) (features?|values|inputs) (match|agree with|equal|are the same as"
                    + "|(drift|differ|diverg)\\w* from) ((the ones|those|what) (\\w+ ){0,2}(trained|training)|the (training|trained) ones)\\b"),
                    "training-serving skew"),
            new Reading(Pattern.compile("\\b(older|oldest|old) (years|months|data|records|rows|history)\\b|\\bhow (far|many years) back\\b"
                    + "|\\bhow much history\\b"), "window recent history retrain"),
            new Reading(Pattern.compile("\\b(empty|blank) (\\w+ )?(values?|fields?|columns?|cells?|strings?|ids?|\\w+_id)\\b"
                    + "|\\b(values?|fields?|columns?|rows) (came|come|arrived|arrive|are|were) (in )?(blank|empty|null|missing)\\b"
                    + "|\\b(null|missing|empty|blank)[- ](rate|ratio|share|fraction|percentage)s?\\b"
                    + "|\\b(share|rate|fraction|percentage|proportion) of (missing|null|empty|blank) (values|fields|entries|cells)\\b"
                    + "|\\bnull-(heavy|ridden)\\b|\\b(half|most|some|many) (of )?(the |its )?(columns|fields|values|cells) (empty|blank|missing|null)\\b"
                    + "|\\b(readings|data|records|values|feeds?|series)( \\w+){0,4} (have|has|with|show|shows) gaps\\b"
                    + "|\\bgaps in (the |our )?(\\w+ )?(readings|data|records|feeds?|series)\\b"),
                    "missing null values data quality"),
            // One vendor's platform against open-source tools someone must connect.
            new Reading(Pattern.compile("(?m:^)(?=.*\\b(instead of|rather than|or|vs\\.?|versus)\\b).*\\bmanaged (ml |mlops |machine learning )?"
                    + "(platforms?|services?|offerings?|versions?)\\b"
                    + "|\\b(stitch|glue|cobble|piece|wire)(es|s|ed|ing)? (\\w+ ){0,2}tools (together|up)\\b"
                    + "|\\bbuild (its|our|their) own (ml |mlops |internal )?platform\\b"
                    + "|\\b(commercial|paid|proprietary|enterprise) (\\w+ ){0,2}(tools?|platforms?|products?|software)\\b"
                    + "|\\bplatforms? (that )?(run|runs|cover|covers|handle|handles|manage|manages) (the )?(whole|entire|full|complete|end-to-end) "
                    + "(ml |machine learning |model )?(lifecycle|life cycle|workflow)\\b"
                    + "|\\b(all[- ]in[- ]one|single) (platform|product|suite)s?\\b|\\b(bundle|bundles|combine|combines)\\b.*\\bin one (place|platform|product)\\b"),
                    "cloud platforms one place open-source tools combine connect"),
            new Reading(Pattern.compile("\\b(save|saves|saved|saving) us\\b|\\b(roi|return on investment)\\b"
                    + "|\\bhow many models (justify|warrant|make (it|a \\w+ (team|platform)) worth)\\b"
                    + "|\\b(bother with|justify|worth) (an? )?(ml|mlops|internal) platform\\b"
                    + "|\\b(effort|work|cost|price) (of|for|to) automat(e|ing|ion)\\b|\\bsize the effort\\b"
                    + "|\\bworth (the )?(effort|investment|money|trouble)\\b|\\b(dollar|money|monetary|euro) (value|figure|amount)\\b"
                    + "|\\b(time|hours) (we )?spend (\\w+ ){0,3}by hand\\b"
                    + "|\\bworth it for (\\w+ing )?(just )?(one|a single|a small|our one) (small |single |tiny )?\\w+\\b"
                    // A platform for one model, said in either order.
                    + "|(?m:^)(?=.*\\b(one|a single|just one|only one|its one|our one|single) (\\w+ )?models?\\b).*\\b(full|whole|entire|complete|big) "
                    + "(mlops |ml )?platform\\b"
                    + "|\\b(release|deployment|deploy|ci/cd|retraining|training) (pipelines?|automation) (is |are |would be |seems? )?overkill\\b"
                    + "|\\bbe more than (we|they|(the|our) ([\\w-]+ ){0,2}(team|squad)) (really )?needs?\\b"
                    + "|\\bworth (building|setting up|investing in|writing) (an? |the )?(automated|automatic)\\b|\\bworth automating\\b"
                    + "|\\bautomat(e|ing) (\\w+ ){0,3}(its|our|their) (one|only|single) model\\b"),
                    "cost of automation worth"),
            // Releases or retraining done once or twice a year rarely repay automating them; a practice named stays the topic.
            new Reading(Pattern.compile("(?m:^)(?=.*\\b(automat(e|es|ing|ed|ic) (the )?(it|this|that|releases?|deployments?|retrain\\w*|training|pipelines?)"
                    + "|automation|(retraining|release) pipelines?)\\b).*\\b((once|twice|two times|three times) a year"
                    + "|(in|every) (spring and autumn|summer and winter|" + MONTH + " and " + MONTH + ")"
                    + "|(yearly|annual|twice-yearly|half-yearly) (releases?|retrain\\w*|updates?))\\b"),
                    "twice-yearly rarely pays"),
            // Automation named as a goal is a target level, weighed against its cost: "aim for automated deployment"; so is
            // automation weighed for a number of models: "should the ferry team automate its releases with two models".
            new Reading(Pattern.compile("\\b(aims?|aiming|push|pushing|strive|go|going|head|heading) for (automated|full|fully automated|complete|end-to-end) "
                    + "(model )?(deployment|training|retraining|automation|mlops|releases?|pipelines?)\\b"
                    + "|\\bshould (we|(the|our) ([\\w-]+ ){0,3}(team|squad)) automate (its |their |our |the )?(releases?|deploy(s|ments?)?|training"
                    + "|retraining|pipelines?)\\b.*\\b(with|for|having|running) (just |only )?(one|two|three|four|five|\\d+|a few|a handful of) models?\\b"),
                    "target level cost of automation"),
            new Reading(Pattern.compile("\\b(restore|recover|rebuild|get back)\\b.*\\b(datasets?|data|tables?|training set)\\b"
                    + "|\\bfreez(e|es|ing) (the |our |a |each )?(exact )?(\\w+ )?(rows|tables?|datasets?|data|extract)\\b"
                    + "|\\b(folder|drive|bucket|table|file)s? (that )?(people|someone|anyone|analysts|everyone) (overwrite|edit|change)s?\\b"
                    + "|\\bversion(s|ed|ing)? (the |our )?(labels?|annotations|ground truth)\\b"
                    + "|\\bversion(s|ed|ing)? (the |our |its |their )?(\\w+ )?(training|input|raw|source) (data|datasets?|tables?|extracts?)\\b"
                    + "|\\bversion(s|ed|ing)? (the |our |its |their )?(\\w+ )?(clips|images|photos|pictures|videos|recordings|scans|documents)\\b"
                    // Labels given again to old examples change the data a model learned from.
                    + "|\\bre-?(grade|grades|graded|grading|label|labels|labell?ed|labell?ing|annotate|annotates|annotated)\\b"),
                    "data versioning snapshot"),
            new Reading(Pattern.compile("\\b(spread|distribution|mix) of (the )?(model'?s )?(outputs|predictions|scores)\\b"
                    + "|\\b(share|proportion|fraction|percentage|rate) of (yes|no|positive|negative|approved|rejected|flagged|declined|accepted|blocked) "
                    + "(answers|predictions|outputs|scores|decisions|applications|transactions|requests)\\b"
                    + "|\\b(scores?|predictions?|outputs?) (are |have been |keep |kept )?(creeping|drifting|trending|edging|inching|sliding|climbing) "
                    + "(up|upwards?|higher|down|downwards?|lower)\\b"),
                    "prediction distribution drift"),
            new Reading(Pattern.compile("\\b(live|online|controlled|randomi[sz]ed) experiments?\\b"
                    + "|\\bexperiments? (against|versus|vs\\.?) (the )?(old|current|live|existing|incumbent) (one|model|version)\\b"), "a/b test"),
            new Reading(Pattern.compile("\\bcontrol (group|arm|cell)s?\\b"), "a/b test random split users"),
            new Reading(Pattern.compile("\\brefit(s|ting|ted)?\\b"), "retrain retraining"),
            new Reading(Pattern.compile("\\bput (it|this|that|the model|the job) (in|into) the pipeline\\b"
                    + "|\\bwhat('s| is) (a |an |the )?(ml |training |retraining )pipeline\\b"), "pipeline orchestration steps"),
            new Reading(Pattern.compile("\\b(decide|decides|declare|declares|judge|judges) (that )?(a |the |our )?(\\w+ )?(model|version) is ready\\b"
                    // A review by someone named, or a recorded decision, before a release: "reviewed by finance before it goes out".
                    + "|\\b(reviewed|checked|vetted|approved|signed off|okayed) by (\\w+ ){0,2}(finance|legal|compliance|risk|the business|a person|a human"
                    + "|someone|an? (\\w+ )?(officer|manager|lead|owner|reviewer|committee|board))\\b.*\\bbefore\\b"
                    + "|\\b(reviewed|checked|vetted|approved|signed off|okayed) by (someone|somebody|a person|another person|a colleague)( else)? "
                    + "(other than|besides|apart from|who (is not|isn't|didn't))\\b"
                    + "|\\b(recorded|written|signed|documented) (yes or no|yes/no|go/no-go|go or no-go)\\b"),
                    "approval review gate"),
            new Reading(Pattern.compile("\\bretrain\\w*\\b.*\\b(every time|whenever|each time|as soon as) (\\w+ ){0,2}drift\\b"
                    // A retrain started by a change in its inputs' source: "retrain when the new sensor firmware changes the readings";
                    // "retrain when the data changes" is already said in the articles' words.
                    + "|\\bretrain( itself| automatically| on its own)? (when|whenever|once|as soon as|each time|every time) "
                    + "(?!(the |our )?data )(the |a |our )?(\\w+ ){0,3}"
                    + "(changes?|shifts?|drifts?)\\b"
                    // Or a new season the inputs tell: "retrain when the lake sensors report a new season".
                    + "|\\bretrain\\w*\\b.*\\b(when|whenever|once|as soon as|each time|every time)\\b.*\\ba new (season|regime|phase)\\b"
                    // A retrain started by a metric under its floor: "only when its click-through falls below a floor".
                    + "|\\bretrain\\w*\\b.*\\b(when|whenever|once|if) (its |the )?(\\S+ ){0,2}(falls|drops|dips|goes) below\\b"),
                    "retraining triggers trigger"),
            // What the business owner of a model reads about it.
            // Not whom something is explained to ("for our head of sales").
            new Reading(Pattern.compile("(?<!\\b(for|to) (our|the|a) )\\b(head|vp|director|manager) of (sales|marketing|finance|operations|product)\\b"
                    + "|\\b(weekly|monthly|quarterly) (report|summary|update) (on|to)\\b|\\breport (\\w+ ){0,2}to (the|our) board\\b"), "business metrics"),
            new Reading(Pattern.compile("\\b(what|which) (\\w+ ){0,2}(data|datasets?|code|commits?)( and | & )(\\w+ ){0,2}(data|datasets?|code|commits?|parameters) "
                    + "(produced|trained|built|made|went into|created)\\b"
                    + "|\\b(which|what) (training |source )?(snapshots?|datasets?|data( versions?)?|extracts?) (\\w+ ){0,6}(came|comes|come) from\\b"
                    + "|\\b(which|what) (training |source )?(snapshots?|datasets?|data( versions?)?|extracts?|records|rows) "
                    + "(went|go|goes|were used|was used|were fed|was fed) (into|to train|to build) (the |this |that |our |a )?(\\w+ ){0,3}models?\\b"
                    // Told for each model: "which milk records each dairy model was trained on".
                    + "|\\b(which|what) (\\w+ ){0,2}(records|rows|data|datasets?|snapshots?|files|tables?|readings|extracts?) (each|every|a|the|our|its|their) "
                    + "(\\w+ ){0,2}model (was|were|is|got) (trained|built|fit|fitted) (on|from|with)\\b"),
                    "lineage commit data snapshot"),
            // Learning of a broken model from the people it serves: what monitoring and its alerts are for.
            new Reading(Pattern.compile("\\b(find|finding|found|hear|hearing|heard|learn|learning|learnt|learned) (out )?(about it |that )?(\\w+ ){0,4}"
                    + "from (angry |upset |annoyed )?(customers|users|clients|support|the call cent(er|re))\\b"), "monitoring alerts"),
            new Reading(Pattern.compile("\\bor wait for (a person|a human|someone|approval|a review|sign-off)\\b|\\bhuman in the loop\\b"
                    + "|\\bwait(s|ing)? for (an? |the )?([\\w-]+ ){0,2}\\w+'s (ok|okay|approval|go-ahead|sign-off|nod|blessing|say-so)\\b"),
                    "approval gate human"),
            new Reading(Pattern.compile("\\b(learning rates?|tree depths?|max(imum)? depths?|n_estimators|number of (trees|epochs|layers)"
                    + "|regulari[sz]ation strength)\\b"
                    + "|\\b(every|each|all( the| our)?) ((training|tuning) runs?|retrain(s|ing)?|experiments?)\\b.*\\b(parameters|settings|hyperparameters|scores"
                    + "|metrics)\\b"
                    + "|\\bwhich (\\w+ ){0,3}(model|run|experiment|version) (had|used) which (parameters|settings|hyperparameters)\\b"),
                    "hyperparameters parameters run experiment tracking"),
            new Reading(Pattern.compile("\\bcompar(e|es|ed|ing) (the )?(live|production|current|serving|today's) (\\w+ )?distributions? "
                    + "(against|with|to) (the )?(training|reference)\\b"), "data drift distribution reference window"),
            new Reading(Pattern.compile("\\b(stop|stops|block|blocks|prevent|prevents|keep|keeps) (a |the |any )?(\\w+ ){0,3}"
                    + "((model|version) from (going live|being (deployed|released|promoted)|(reaching|going (in)?to) (production|prod|users)|shipping)"
                    + "|(retrain|retraining|pipeline|job|run) from (promoting|deploying|releasing|shipping|publishing))\\b"
                    + "|\\b(pass|passes|passed|clear|clears|cleared) (our|the|its|a) (\\w+ )?(test|golden|reference|benchmark) "
                    + "(images|photos|cases|examples|suite|set|files|clips)\\b(?=.*\\b(before|prior to) (release|releasing|deploy|going live|shipping))"),
                    "quality gate promotion ci/cd"),
            // A version retired from a registry is archived; callers that load it by alias are not broken.
            new Reading(Pattern.compile("\\b(retir(e|es|ed|ing)|deprecat(e|es|ed|ing)|sunset(s|ting)?|decommission(s|ed|ing)?) (an |the |our |a )?"
                    + "(old |older |previous |outdated )?(\\w+ )?(model )?versions?\\b"), "model registry archiving alias version"),
            new Reading(Pattern.compile("\\b(stor(e|ed|ing)|log(ged|ging)?|keep|kept|record(ed|ing)?|sav(e|ed|ing)) (\\w+ ){0,3}(at|during) "
                    + "(scoring|prediction|inference|serving|request) time\\b"), "log inputs predictions request id model version"),
            new Reading(Pattern.compile("\\b(computed|built|calculated|generated|made|derived) (from|on) (fresh|up-to-date|current|today's|the latest"
                    + "|stale|old|yesterday's) data\\b|\\b(were|was|are|is|got) (actually |really )?(refreshed|updated|recomputed) (before|in time)\\b"
                    + "|\\b(feeds?|tables?|extracts?|exports?|inputs|sources?) (going|gone|goes|gets|getting|got|turning|turned|went) stale\\b"
                    + "|\\b(scans|files|records|readings|feeds?|uploads|exports) (stop|stops|stopped|stopping) (arriving|coming in|landing|flowing)\\b"
                    + "|\\b(watch|monitor|check|alert on)\\b.*\\b(on|in|of) the (feature|data|input|ingestion) pipelines?\\b"),
                    "data quality monitoring freshness stale late"),
            new Reading(Pattern.compile("\\bcompar(e|es|ed|ing) (\\w+ ){0,2}(candidate|competing|rival) (\\w+ ){0,2}models?\\b"),
                    "experiment tracking runs metrics"),
            new Reading(Pattern.compile("\\bstandby (copy|environment|cluster|stack)\\b|\\bflip (all |the )?(traffic|everything)\\b"
                    + "|\\b(copy|instance|stack|environment|cluster)( of (the |our )?(\\w+ ){0,2}(service|model|api|app))? on (hot )?stand-?by\\b"
                    + "|\\bswitch(ing)?[- ]?over (takes|in|within) (a few |a couple of )?(seconds|an instant)\\b"
                    + "|\\binstant (swap|switch|cutover|flip|way back|undo|revert|rollback)\\b|\\bcut ?over\\b"
                    + "|\\bswitch (all )?(the )?traffic at once\\b|\\bswitch(es|ing)? between (two|both|the two) (environments|stacks|clusters|copies)\\b"
                    + "|\\b(move|send|shift|switch|put) (all )?(the )?(traffic|requests) (to|onto) (a |the )?new (\\w+ )?(model|version) at once\\b"
                    + "|\\b(move|send|shift|switch|put)\\w* (all )?(the )?(traffic|requests) from\\b.*\\ball at once\\b"),
                    "blue-green switch"),
            new Reading(Pattern.compile("\\b(backfill(s|ed|ing)?|re-?scor(e|es|ed|ing))\\b"
                    + "|\\b(over|across|through) ([\\w']+ ){0,2}(archive|backlog)\\b"),
                    "batch job period rerun idempotent"),
            // Trying a new model on one country, region or group of stores, or on the company's own people, before the
            // rest is a canary; so is rolling it out gradually.
            new Reading(Pattern.compile("\\b(one|a single|a few|some|one or two|a handful of) (\\w+ )?(countr(y|ies)|regions?|markets?|stores?|shops?|cities|city"
                    + "|branch(es)?|sites?|clinics?|cent(re|er)s?|offices?|depots?|warehouses?|hospitals?|users|customers) (\\w+ ){0,3}"
                    + "(first|at a time)\\b|\\bpilot(s|ed|ing)? (it |the (new )?model )?(in|on|with)\\b"
                    + "|\\b(internal users|employees|(our own |the )?staff|colleagues|insiders)( \\w+){0,2} first\\b|\\bdogfood(s|ed|ing)?\\b"
                    + "|\\b(gradual|slow|careful|staged|phased)(ly)? (share|rollout|roll-out|release|ramp)\\b|\\bramp(s|ed|ing)? (it |traffic )?up\\b"
                    + "|\\b(bit by bit|little by little)\\b"
                    + "|\\broll(s|ed|ing)? ((\\w+ ){0,3}out|out( \\w+){0,3}) (gradually|slowly|progressively|in stages|step by step)\\b"
                    + "|\\bonly the (easiest|simplest|safest|clearest) (\\w+ )?(calls|cases|requests|claims|tickets|orders) (at first|first|to begin with)\\b"
                    + "|\\bhand(s|ing)? (everything else|the rest) (back |over )?to the (old|current|live|existing|previous) (one|model|version)\\b"
                    + "|\\b(while|and|but) (all )?the (rest|others) (keep|stay on|stick with|still get|still use) the (old|current|existing|previous) "
                    + "(\\w+ )?(prices|model|version|one|rules|system|scores)\\b"
                    // Any one or few places first or before the rest: "on one pit before the rest", "on two boats before the rest".
                    + "|\\b(on|in|at|with) (one|a single|two|three|a few|a couple of) [\\w-]+ "
                    + "((for (a|one|two|a few) (days?|weeks?|months?) )?first|before (the rest|the others|all (of )?(the )?others|all of them|everyone))\\b"
                    + "|\\b(on|with|to) (the|one|a|our) (\\w+ ){0,2}(shift|team|ward|clinic|office|depot|branch|site|store|region|market|city|country) "
                    + "before (the )?(\\w+ ){0,2}(rest|others|everyone|everybody|shifts?|teams|wards|clinics|offices|depots|branches|sites|stores"
                    + "|regions|markets|cities|countries)\\b"
                    + "|\\b(reach(es|ing)?|hit(s|ting)?) (all|every|most) (the )?(\\w+ )?(customers|users|clients|stores|shops|regions|markets|countries)\\b"
                    + "|\\b(one|a single|a few) (\\w+ )?(country|region|market|store|shop|city|site|branch|clinic|warehouse|depot|hospital|office) "
                    + "([\\w-]+ ){0,8}before "
                    + "(the (rest|others|whole|entire)|all|every)\\b"
                    + "|\\b(send|sending|route|routing|give|giving|expose|exposing|serve|serving) (only )?" + SHARE + " of\\b"
                    + "|\\b(on|to|with|see|sees|reach|reaches|get|gets) (only )?" + SHARE + " of (the |our )?(\\w+ )?"
                    + "(traffic|requests|users|customers|visitors|farms|stores|shops|branches|sites|clinics|routes|devices|accounts|players|drivers"
                    + "|photos|images|calls|tickets|orders|messages)\\b"
                    + "|\\b(on|to|with|answer|answers|serve|serves|handle|handles|score|scores) (only )?" + SHARE + " of (the |our )?(\\w+ ){0,2}first\\b"
                    + "|\\b(to|on|across|into) (more|further|additional|other) (\\w+ )?(depots|warehouses|stores|shops|branches|regions|countries|sites"
                    + "|clinics|hospitals|cities|markets) (\\w+ ){0,2}(week by week|month by month|step by step|in stages|in waves|one by one)\\b"
                    + "|\\bbirds? in (a|the) coal ?mines?\\b|\\b(without|no|not|avoid|avoiding) (a |the )?big[- ]bang\\b"
                    + "|\\b(decide|decides|act|acts|go live|goes live) for (only )?(a few|a handful of|some|a small (group|number|share) of) \\w+"
                    // One place before the rest: "roll out the new handicap model to one green first".
                    + "|\\b(roll(s|ed|ing)? out|release|launch|deploy|try)\\w* ([\\w']+ ){0,6}(to|on|at|in) (one|a single) (\\w+ ){0,2}first\\b"
                    + "|\\b(a )?growing (slice|share|fraction|portion|percentage) of (the |our )?(requests|traffic|users|calls|customers)\\b"
                    + "|\\b(gradually|bit by bit|step by step|in stages) (switch|move|shift|migrate)\\w*"
                    + "|\\b(switch|move|shift|migrate)\\w* (\\w+ ){0,4}over (to (the |a )?new (\\w+ )?(model|version) )?"
                    + "(gradually|bit by bit|step by step|in stages)\\b"
                    + "|\\b(on|to|with|for) (one|two|three|a few|a couple of|a handful of|a small group of) ([\\w-]+ ){0,2}before "
                    + "(the whole|the entire|the rest of|every|all)\\b"),
                    "canary small share of traffic gradual rollout"),
            // A model reviewed like code, or a release held back by how the new model compares with the current one: the
            // pipeline's gate.
            new Reading(Pattern.compile("\\breview(s|ed|ing)?\\b.*\\b(like|the way (we|you|they) review) code\\b|\\bcode reviews?\\b"
                    + "|\\b(block|stop|hold back|reject|refuse)\\w* (a |the |our )?(deploy|deployment|release|promotion|rollout)s? (when|if|unless)\\b"
                    + "|\\bonly (slightly|marginally|a (little|bit)|barely) better\\b"),
                    "ci/cd pipeline review approval"),
            new Reading(Pattern.compile("\\binference (service|server|endpoint|api)s?\\b|\\b(online|real-time|realtime) inference\\b"
                    + "|\\b(http|grpc) (endpoint|api)s?\\b|\\bbehind (an? )?(https?|rest|grpc)\\b"
                    + "|\\b((host|hosts|hosting|serve|serves|serving|expose|exposes|exposing) (the |a |our |its )?(\\w+ ){0,3}models? (\\w+ ){0,4}as"
                    + "|(put|puts|putting|wrap|wraps|wrapping|place|placing) (the |a |our |its )?(\\w+ ){0,3}models? behind"
                    + "|(turn|turns|turning|make|makes|making) (the |a |our |its )?(\\w+ ){0,3}models? into) an? "
                    + "([\\w-]+ )?(endpoint|api|service|web service)\\b"), "online serving endpoint api"),
            // An alert that should start a retrain: "make that drift email kick off the retraining pipeline", "should a drift
            // alarm trigger it" when the message is about retraining.
            new Reading(Pattern.compile("(?m:^)(?=.*\\b(alerts?|alarms?|emails?|warnings?|drift|shifts?)\\b)(?=.*\\bretrain\\w*)"
                    + ".*\\b((kick(s|ed)? off|start|launch|fire|trigger)s? ((the |a |our )?retrain\\w*|it|them)|kick(s|ed)? (it|them) off)\\b"
                    + "|\\b(sets?|kicks?) off a (fresh|new) (fit|refit|retrain|training run)\\b"
                    // Feedback that starts a retrain: "retrain whenever users flag bad summaries".
                    + "|\\bretrain\\w* (whenever|every time|each time) \\w+ (\\w+ )?(flag|flags|report|reports|complain|complains|correct|corrects|mark|marks)\\b"
                    // A retrain started by an event rather than a calendar: "retrain automatically after a big storm".
                    + "|\\b(retrain|refit|rebuild)\\w* (\\w+ ){0,4}(automatically|on its own|by itself) (after|whenever|once)\\b"),
                    "retraining triggers"),
            new Reading(Pattern.compile("\\bwhen (the |a )?((new|fresh) ((\\w+ ){0,3}(labels|data)|ground truth|feedback)"
                    + "|(\\w+ ){0,2}(file|files|extract|export|drop)) "
                    + "(land|lands|arrive|arrives|come in|comes in"
                    + "|show up|shows up|is available|are available)\\b"), "trigger retrain"),
            new Reading(Pattern.compile("\\bshift(s|ed|ing)? (inputs|features|data|distributions?)\\b"
                    + "|\\b(inputs|features|columns) (that )?(have |has )?(shift|shifted|shifting|drifted|drifting)\\b"
                    + "|\\b(inputs|features|volumes|values|numbers)\\b.*\\b(moved|moving|changed|changing|drifted|drifting) (since|away from) (the )?training\\b"
                    + "|\\bcompar(e|es|ing) (the )?(\\w+ ){0,2}(inputs|features|data) (against|with|to) (last \\w+|the training|previous|training)\\b"
                    + "|\\b(inputs|features|data) (\\w+ )?(have|has|haven't|hasn't|have not|has not) changed shape\\b"
                    + "|\\b(inputs|features|data)\\b.*\\b(look|looks|resemble|resembles|match|matches) (like )?(the )?training data\\b"
                    // Inputs set against those the model learned from: "a kind of document it never saw in training".
                    + "|\\b(never|not) (saw|seen|met|encountered) (\\w+ ){0,3}(in|during) training\\b"
                    + "|\\b(images|photos|pictures|scans|inputs|readings|records|texts) (\\w+ ){0,5}look different\\b"
                    + "|\\b(look|looks) (nothing )?like (the ones|those|the (\\w+ )?\\w+) (it|the (\\w+ )?model) "
                    + "(learned|learnt|was trained|trained) (from|on)\\b"
                    + "|\\b(differs?|are different|is different|look different) from (the ones|those|what) (it|the (\\w+ )?model) "
                    + "(learned|learnt|was trained|trained) (from|on)\\b"
                    + "|\\b(darker|brighter|longer|shorter|noisier|blurrier|bigger|smaller) (photos|images|pictures|texts|documents|inputs|files) "
                    + "than (before|usual|in training|we trained on)\\b"
                    + "|\\b(customers|users|clients|shoppers|visitors|audience|population)\\W{0,2} \\W?(have )?drift(ed|ing)\\b"
                    // Who the model scores, set against an earlier year: "customers changing from last year's".
                    + "|\\b(customers|users|clients|shoppers|visitors|audience|population|applicants|patients|members|callers) (are )?"
                    + "(changing|shifting|moving|drifting) (away )?from (last|the previous) (year|month|quarter|season)'?s?\\b"
                    // Or its inputs checked against them: "the model's inputs still look like last year's".
                    + "|\\b(inputs?|features?|data) still (look|looks|match|matches|resembles?) (like )?(last|the previous) "
                    + "(year|month|quarter|season)'?s?\\b"),
                    "data drift distribution"),
            new Reading(Pattern.compile("\\b(one|a|some|each|every) (region|segment|country|group|cohort|store|market)'?s? "
                    + "(predictions|scores|accuracy|metrics|outputs)\\b|\\bper[- ](region|segment|country|group|cohort|market)\\b"
                    + "|\\b(segments?|groups?|cohorts?)\\b.*\\bseparately\\b"
                    + "|\\b(one|some|a few|certain) (district|region|area|group|segment|country|store|market|postcode|neighbou?rhood|branch)e?s? "
                    + "(far |much |a lot )?(more|less) (often )?than (the )?(others|rest)\\b"
                    + "|\\b(errors|mistakes|accuracy|performance|quality|metrics) by (\\w+ )?(group|segment|cohort|region|country|age band)s?\\b"
                    + "|\\b(errors|mistakes|accuracy|performance|error rates?) (across|between) (the |our |different )?(\\w+ )?(schools|regions|groups|stores"
                    + "|shops|branches|sites|segments|countries|hospitals|wards|districts|cities|age groups)\\b"
                    + "|\\b(treat(s|ing)?|serv(es|ing)|do(es|ing)?) (some|certain|a few) ([\\w-]+ ){1,2}(worse|better) than (the )?(others|rest)\\b"
                    // Than another group, not than before: "worse for the night shift than the day shift".
                    + "|\\b(worse|better) (for|on|with) (the )?([\\w'-]+ ){1,3}than ((for|on|with) )?(the )?"
                    + "(?!(the )?(before|usual|ever|expected|last|it|we|they|old|yesterday|live|current|previous|production)\\b)[\\w'-]+"
                    + "|\\b(works?|performs?|does) as (well|good|accurately) (on|for|with) ([\\w']+ ){1,5}as (on|for|with|from|in) (the )?[\\w'-]+"
                    // Two kinds of input set side by side: "reads handwritten forms as well as typed ones".
                    + "|\\b(reads?|handles?|scores?|classifies|recogni[sz]es|understands?|treats?|serves?|predicts?) ([\\w']+ ){1,4}as well as "
                    + "(the )?([\\w-]+ )?ones\\b"
                    // A model harder on one group: "harsher on non-english mail".
                    + "|\\b(harsher|tougher|more lenient|biased) (on|to|towards|toward|against) (the )?([\\w-]+ ){0,2}[\\w-]+"
                    + "|\\b(while|but|though|yet) (the )?(global|overall|total|aggregate|average) (auc|accuracy|metrics?|scores?|numbers?|f1|precision|recall)\\b"
                    // Not a place the model ran in ("fine in the notebook but terrible in the app" is skew).
                    + "|\\b(fine|well|good|great|ok|okay) (in|for|on) (?!(the )?" + Symptoms.WHERE_A_MODEL_RAN + "\\b)"
                    + "\\w+( \\w+)? but (badly|poorly|bad|terribl[ey]|awful(ly)?|worse) (in|for|on)\\b"
                    + "|\\b(does|do|did|performs?|works?) (badly|poorly) on ([\\w'-]+ ){0,2}[\\w'-]+s (written|spoken|sent|taken|filed) (in|by|from|at)\\b"
                    // One kind of input measured apart: "check the detector on night-time footage on its own".
                    + "|\\b(check|checks|test|tests|evaluate|measure|score|look at) (\\w+ ){0,4}on ([\\w-]+ ){1,3}(on (its|their) own|separately|in isolation)\\b"),
                    "segment group slice metric"),
            new Reading(Pattern.compile("\\b(latency|response time|uptime|availability) (targets?|goals?|objectives?)\\b"), "sla slo"),
            new Reading(Pattern.compile("\\b(nobody|no one|noone) (can |could )?(deploys?|ships?|releases?|pushes?)\\b"),
                    "ci/cd pipeline gate approval"),
            // A feature as it was when each label was made, not as it is now: a point-in-time join.
            new Reading(Pattern.compile("(?m:^)(?=.*\\bfeatures?\\b).*\\bas (they|it) (were|was|stood) (on|at|when)\\b"
                    + "|\\bfeatures? (that )?(only )?(becomes?|is|are) (only )?available (with a delay|later)\\b"
                    + "|\\b(rows|data|features|events|records) (newer|later) than (the )?(label|prediction|cutoff|training) (date|time|timestamp)\\b"
                    + "|\\bwhat (was|we|they) (known|knew) (on|at|as of|before) (each|the|every)\\b"),
                    "point-in-time feature store training-serving skew"),
            new Reading(Pattern.compile("\\bas of the (date|time|day|moment|timestamp) of (each|every|the)\\b"), "point-in-time join feature store"),
            // Work done by hand on a rhythm, or whenever someone finds the time, is a schedule waiting to be written.
            new Reading(Pattern.compile("\\b(by hand|manually)\\b.*\\b(every|each|once a) (month|week|day|night|morning|evening|quarter)\\b"
                    + "|\\bwhenever (\\w+ ){1,3}(has|have|gets|get|finds|find) (a |the )?(free |spare |quiet )?(time|afternoon|moment|day|hour|evening)\\b"),
                    "schedule orchestration pipeline automate"),
            // A model rebuilt on a rhythm is retrained on a schedule.
            new Reading(Pattern.compile("\\b(rebuilt|rebuilds?|rebuilding) (each|every|once a) (\\w+day|day|night|week|month|quarter)\\b"
                    + "|\\bretrain(s|ed)? (the |our |its )?(\\w+ ){0,2}(once a|every|each) (\\w+day|day|night|week|month|quarter)\\b"),
                    "retrain schedule"),
            new Reading(Pattern.compile("\\bwhat (can|could|would|will) (schedule|orchestrate|chain)\\b|\\b(which|what|any) (\\w+ )?schedulers\\b"
                    + "|\\bwhat (do|can|could|should|would) (we|i|you|(the|our) ([\\w-]+ ){0,3}(team|squad)) use to (schedule|orchestrate|chain)\\b"),
                    "orchestration scheduler airflow"),
            new Reading(Pattern.compile("\\bnever (learn|know|find out|get|see)\\b.*\\b(right|correct|wrong|outcomes?|labels?)\\b"
                    + "|\\bwithout (any )?(labels|ground truth|outcomes)\\b"
                    + "|\\b(calls|decisions|predictions|outputs|answers|scores) (that )?(nobody|no one) (checks|reviews|verifies|labels|double-checks)\\b"
                    + "|\\b(nobody|no one) (checks|reviews|labels|annotates|transcribes|grades) (\\w+ ){0,2}(anymore|any more|now)\\b"
                    // Outcomes known for a sample only: "dentists only confirm some cases".
                    + "|\\bonly (confirm|check|label|review|verify|grade)s? (some|a few|a sample|a fraction|a handful)( of)?( the)? "
                    + "(cases|predictions|calls|decisions|images|scans|results)\\b"
                    + "|\\b(real|true|actual) ([\\w-]+ ){0,2}(is|are) only (known|seen|available|confirmed|measured)\\b"
                    + "|\\b((real|true|actual) ([\\w-]+ ){0,2}|(numbers|figures|counts|outcomes|results|labels) )only "
                    + "(come|comes|arrive|arrives|land|lands|show up|shows up) (in )?(at the end|at (the )?(month|week|quarter|year|season|term)[- ]end"
                    + "|later|(\\w+ )?(days?|weeks?|months?) later|after)\\b"),
                    "proxy metrics delayed labels"),
            new Reading(Pattern.compile("\\b(keep(ing)?|stor(e|ing)|retain(ing)?|sav(e|ing)) (every|all|each|old) (the |old )?(training )?"
                    + "(datasets?|data|snapshots?)\\b"), "data versioning snapshot storage"),
            new Reading(Pattern.compile("\\bregistered models?\\b"), "model registry alias stage"),
            // Not the live model kept while a new one is tried beside it, which is a shadow run.
            new Reading(Pattern.compile("\\b(still|keeps?) (serv(e|es|ing)|us(e|es|ing)|load(s|ing)?|runn?(s|ing)?) (the )?"
                    + "(old|previous|stale|last (week|month)'s|yesterday's) (model|version|one)\\b(?!.*\\bwhile (the |a )?new (one|model|version)\\b)"),
                    "model registry alias deploy version"),
            new Reading(Pattern.compile("\\b(version|store|keep|ship|register)(s|ed|ing)? (a |the |our |each )?models? (together )?(with|and|alongside) "
                    + "(its|the|their)\\b(?! preprocessing)"
                    + "|\\b(versioned|stored|kept|shipped|registered) (together )?(with|alongside) the model\\b"), "model registry version artifact"),
            new Reading(Pattern.compile("\\b(allowance|budget) (of|for) (failed|failures|errors|bad)\\b|\\bburn(s|ing)? (rate|through)\\b"
                    + "|\\bhow many (errors|failures|failed requests) (we )?(can|may|are allowed)\\b"), "error budget slo sla"),
            new Reading(Pattern.compile("\\bhand(ing|s)? (a |the |our |my |this )?notebooks? (over|off)\\b|\\bnotebooks? (over|off) to\\b"
                    + "|\\b(experiment|notebook|prototype)s?\\b.*\\binto ((the |a |our )?(nightly |production |scheduled )?(pipeline|job)"
                    + "|something (\\w+ ){0,3}(can|could|will) (schedule|run|trigger))\\b"
                    // A model kept in a spreadsheet is a notebook by another name: "lives in an excel macro one analyst runs".
                    + "|(?m:^)(?=.*\\b(models?|forecasts?|predictions?|scores?|scoring)\\b).*\\b(excel|vba|spreadsheet) (macros?|workbooks?)\\b"
                    + "|\\b(lives|runs|sits) in (an? |one )?(excel|spreadsheet)\\b"),
                    "notebook script pipeline refactor"),
            // Scores made ahead of time or when asked for: "refreshed overnight vs computed on each page view".
            new Reading(Pattern.compile("\\b(overnight|nightly|in batch|once a day|every (\\d+|few|five|ten|fifteen|thirty) (minutes|hours))\\b"
                    + ".*\\b(vs\\.?|versus|or)\\b.*\\bon (each|every) \\w+"
                    + "|\\bon (each|every) (page view|page load|click|visit)\\b|\\bprecomput(e|ed|es|ing)\\b.*\\bor (compute|score|predict)\\b"
                    + "|\\b(nightly|daily|weekly|overnight|batch)\\b.*\\bor (a |an )?(live|online|real-?time) (endpoint|api|service|call)\\b"),
                    "online real time batch choose deployment mode"),
            // A cluster weighed for a job that runs once a night: "kubernetes for one batch model".
            new Reading(Pattern.compile("(?m:^)(?=.*\\b(kubernetes|k8s|clusters?)\\b).*\\b(one|a single|an?|our|two|a few) (nightly |weekly |daily )?"
                    + "batch (models?|jobs?|scorers?)\\b"), "batch deployment scheduled job"),
            new Reading(Pattern.compile("\\b(wraps?|wrapping|expos(e|es|ing)|puts?|putting) (\\w+ ){0,4}(in|as|behind) (a |an )?(rest|http|web) "
                    + "(endpoint|api|service)\\b"
                    // Tools named by what they do: "which tools serve models".
                    + "|\\btools? (that |which |to |for )?serv(e|es|ing) (\\w+ )?models?\\b"
                    + "|\\b(give|gives|giving|serve|serves|serving|provide|provides|providing) ([\\w']+ ){0,4}(live|real-time|instant) predictions\\b"
                    // A page that asks the model as people use it: "the website call the model for each visitor".
                    + "|\\b(website|site|web page|checkout|frontend) (call|calls|calling|query|queries|querying) (the |our |its )?model\\b"),
                    "online deployment serving api"),
            new Reading(Pattern.compile("\\bmonitoring (tools?|products?|platforms?|options)\\b"), "monitoring tools categories drift"),
            new Reading(Pattern.compile("\\btools? (that |which |to |for |([\\w']+ ){1,5}use to |help ([\\w']+ ){0,3})?"
                    + "(check|checks|checking|validate|validates|validating|test|tests|testing) "
                    + "(the |our |their |its |incoming |input )?data\\b"), "data validation great expectations pandera"),
            new Reading(Pattern.compile("\\b(asks?|asking|requests?|requesting|calls?|calling|polls?|polling) (for )?(it |them |(a |new )?"
                    + "(prediction|score|forecast)s? )?every (few |couple of |\\d+ )?(seconds?|milliseconds?)\\b"
                    // Or at once, as something happens: "a prediction the moment an order is scanned".
                    + "|\\b(prediction|score|answer|forecast|estimate)s? (\\w+ ){0,3}(the moment|as soon as|the instant) (an? |the )?(\\w+ ){0,2}(is|are|gets?) "
                    + "(scanned|placed|submitted|opened|made|created|booked|entered)\\b"
                    + "|\\b(gets?|getting|receives?|returns?|gives?|ask(s|ing)? (\\w+ ){0,2}for) (an? |its |the )?(answer|prediction|score|price|quote|estimate) "
                    + "(right away|straight away|instantly|immediately|at once|in real time|on the spot)\\b"
                    + "|\\b(give|gives|giving|get|gets|getting|show|shows|showing) (\\w+ ){0,4}an? (live|real-?time|instant) "
                    + "(price|prediction|score|quote|estimate|answer|forecast)\\b"), "online deployment serving api latency"),
            new Reading(Pattern.compile("\\b(serverless|lambda functions?|cloud functions?)\\b"), "online deployment serving endpoint scaling"),
            // Predictions made without a service to call are a batch job's.
            new Reading(Pattern.compile("\\bwithout (a |an )?(live |real-time |online )?(api|endpoint|service|server)\\b"
                    + "|\\b(run|score|apply|push)\\w* (the |our )?(\\w+ ){0,3}(over|across|on) ([\\w']+ ){0,3}"
                    + "(\\d+ ?(million|thousand|billion)|millions|thousands|billions)\\b"
                    // So many scored on a day's or a week's rhythm, not so many a second.
                    + "|\\bscor(e|es|ing) (\\d+ ?(thousand|million|billion)|thousands|millions) ([\\w-]+ ){0,3}(every|each) (day|night|week|month|\\w+day)\\b"
                    // Everything of a kind done by a morning deadline: "every shelf photo from the night's uploads a label by morning".
                    + "|\\b(every|each) ([\\w']+ ){1,8}(by|before) (morning|the morning|tomorrow|\\d{1,2} ?am)\\b"
                    // Or by an opening: "predict delays for every sailing each morning before the terminals open".
                    + "|(?m:^)(?=.*\\b(predict|score|forecast|rank|label)\\w*).*\\b(every|each) (morning|night|day) before (the )?(\\w+ ){0,2}"
                    + "(opens?|starts?|begins?)\\b"
                    // Everyone scored on a weekly rhythm: "predict for all members every sunday night".
                    + "|\\b(predict|score|forecast)\\w* for (all|every|each) (\\w+ ){1,2}(every|each) (\\w+day|night|morning|week|month)\\b"),
                    "batch scoring job schedule"),
            new Reading(Pattern.compile("\\bcompar(e|es|ed|ing) (a |the |our )?(new|fresh|candidate|retrained) (\\w+ )?(model|version) "
                    + "(with|to|against) the ((live|current|old|existing|production) (one|model|version)|(one|model|version) in production)\\b"),
                    "champion challenger compare evaluation a/b test shadow"),
            // Tried on live traffic before it takes over: "test the model before it replaces the live one".
            new Reading(Pattern.compile("\\b(test|try|trial|check|evaluate)\\w* (\\S+ ){0,4}before (it|they) (replaces?|takes? over from"
                    + "|goes? live in place of) (the )?(live|current|old|existing|production) (one|model|version)\\b"),
                    "shadow deployment canary compare live"),
            new Reading(Pattern.compile("\\b(slowly|gradually|steadily|quietly|bit by bit|little by little) (getting|growing|becoming|gets|grows|becomes) "
                    + "(worse|less (accurate|useful|relevant))\\b|\\bgetting worse (slowly|gradually|over time|month by month)\\b"),
                    "gradual model decay performance monitoring"),
            new Reading(Pattern.compile("\\bmodels? (is |are )?(going|gone|goes|gets?|getting|got|grow(s|ing)?|turn(s|ing)?) stale\\b"
                    + "|\\bstale models?\\b(?! versions?)"
                    + "|\\bmodel staleness\\b|\\bstaleness of (a |the |our )?models?\\b"),
                    "model decay performance monitoring"),
            new Reading(Pattern.compile("\\bfreez(e|es|ing) (the |our |a )?models?\\b|\\b(model|code|change) freeze\\b"),
                    "retrain schedule season"),
            new Reading(Pattern.compile("\\btrac(e|es|ed|ing) (\\w+ ){0,3}back to\\b"
                    + "|\\bwhich (training )?(run|commit|dataset|experiment) (produced|built|trained|made|created)\\b"
                    + "|\\bwhy (one|a|this|that|a single|a particular|a specific|one particular) (customer|user|client|patient|applicant|request|case|order)"
                    + " (got|gets|received|was given)\\b"
                    + "|\\bwhy (the |our )?(\\w+ ){0,2}(model|it) (flagged|rejected|declined|approved|scored|chose|picked|denied|refused) "
                    + "(this|that|one|a) (particular |specific )?(customer|user|client|patient|applicant|request|case|order|claim|transaction|loan)\\b"),
                    "lineage traceability logged predictions"),
            new Reading(Pattern.compile("\\b(trail|record|log|history) of who (changed|trained|released|approved|deployed|updated|modified)\\b"),
                    "lineage audit trail who changed version"),
            new Reading(Pattern.compile("\\b(turns?|transforms?|converts?) raw (\\w+ )?(events|data|logs|records) into (model )?(inputs|features)\\b"
                    + "|\\b(called|named|what is|what's) (a |the )?feature pipelines?\\b"),
                    "feature pipeline feature store"),
            new Reading(Pattern.compile("\\b(beat(s|ing)?|outperform(s|ing)?) the (old|current|live|existing) (one|model)\\b"
                    + "|\\bas good as (the|its) (old|current|live|existing|previous) (one|model|version)\\b"
                    + "|\\b(worse|less accurate|weaker|poorer|better|more accurate|stronger)( [\\w']+){0,5} than " + Symptoms.THE_LIVE_ONE + "\\b"
                    + "|\\bbefore (\\w+ ){0,3}replaces? the (one|model|version) (in production|that is live|now live)\\b"
                    + "|\\b(is|are|performs?|scores?) better before (it|they) (replaces?|takes? over( from)?|goes? live)\\b"
                    + "|\\b(must|has to|have to|needs? to|should) beat\\b.*\\bbefore (it )?(replaces?|goes live|ships|is promoted|is deployed)\\b"
                    // Deploying without a person in between needs the gate a person was.
                    + "|\\bauto-?deploy(s|ed|ing)?\\b|\\bdeploy(s|ed)? (it |the model )?(automatically|straight away|immediately|the moment)\\b"),
                    "ci/cd validate against current model gate"),
            new Reading(Pattern.compile("\\b(broken|failing|failed) (upstream |feature )?joins?\\b"), "data quality missing duplicates"),
            new Reading(Pattern.compile("\\b(schedul|automat)(e|es|ed|ing) (\\w+ )?(data|quality|data quality|validation) checks\\b"),
                    "data quality validation checks great expectations"),
            // Duplicates caught in the data are a check's job; duplicates a rerun writes are the job's (idempotence).
            new Reading(Pattern.compile("\\b(catch|spot|notice|detect|find|block|flag|reject)(es|s|ing|ed)? (\\w+ ){0,2}duplicat(e|es|ed)\\b"
                    + "|\\b(feeds?|sources?|exports?|extracts?|files?|sensors?|devices?) (\\w+ )?(sending|sends|sent|writing|delivering|producing|emitting) "
                    + "duplicat(e|es|ed)\\b"
                    + "|\\b(sending|sends|sent|delivering|delivered|loading|loaded) (\\w+'?s? ){0,2}(file|batch|extract|export|rows|records) twice\\b"),
                    "data quality duplicates checks"),
            new Reading(Pattern.compile("\\b(shrink|compress|distil|distill|quantiz(e|ing)|quantis(e|ing)|prun(e|ing)) (a |the |our )?(\\w+ )?models?\\b"
                    + "|\\bmodels? (that )?(is |was |'s )?too (slow|big|large|heavy)\\b"), "latency online serving replicas"),
            new Reading(Pattern.compile("\\b(changelog|change log|release notes)\\b"), "version registry run metrics parameters"),
            new Reading(Pattern.compile("\\b(record|log|history|trail) of (every|each|all) (\\w+ )?runs?'?s? (inputs|outputs|artefacts|artifacts)\\b"
                    + "|(?m:^)(?=.*\\b(runs?|parameters|datasets|artifacts|artefacts|model files)\\b).*\\b(ties|links|connects|joins) "
                    + "(them|these|those|it all|everything)( all)? together\\b"),
                    "metadata store artifacts pipeline run"),
            new Reading(Pattern.compile("\\b(which|what) (part|layer|category|corner) of (the|our|an?) (ml |mlops )?(stack|toolchain|tooling|landscape)\\b"),
                    "tool landscape categories"),
            new Reading(Pattern.compile("\\bout[- ]of[- ]time (holdout|validation|split|test|evaluation|sample)s?\\b"
                    + "|\\b(rolling|walk-forward|expanding[- ]window) (backtests?|validation|evaluation|splits?)\\b"),
                    "held-out data train step evaluation"),
            new Reading(Pattern.compile("\\b(optuna|hyperopt|grid search|random search|hyperparameter (search|tuning|sweeps?))\\b"),
                    "experiment tracking parameters train"),
            new Reading(Pattern.compile("\\bwhat (does|is) (model )?serving( mean)?\\b"), "deployment serve online batch api"),
            // Again later, or a model of months ago again: "can't reproduce the model that went live in march".
            new Reading(Pattern.compile("\\b(reproducible|reproduce|rebuild|rerun)\\b.*\\b((months?|years?|weeks?) later|in a year('s time)?"
                    + "|(in|from|back in|last) (" + MONTH + "|spring|summer|autumn|winter|year|quarter)(?!'))\\b"),
                    "reproducibility pin versions snapshot seed"),
            // Code around models that nobody dares change is what the debt of machine learning systems looks like.
            new Reading(Pattern.compile("\\bglue code\\b|\\b(harder|hard|painful|risky|scary) to (change|touch|modify)\\b"), "ml technical debt"),
            new Reading(Pattern.compile("\\bwho (may|can|is allowed to|should be allowed to|gets to) ((press|push|click|hit) the (\\w+ )?button (that|which|to) )?"
                    + "(change|modify|update|edit|promote|release)s? (a |the )?models?\\b"),
                    "governance approval review"),
            new Reading(Pattern.compile("\\blabels? (from (\\w+ ){1,3})?" + STOPPED_ARRIVING
                    + "|(?m:^)(?=.*\\b(labels?|flags|outcomes|confirmations|ground truth|chargebacks)\\b).*\\b(they|these|those) (quietly |silently )?"
                    + STOPPED_ARRIVING
                    + "|\\b(stopped|no longer) (correcting|labell?ing|tagging|reviewing|confirming)\\b"),
                    "labels delayed performance monitoring data quality"),
            new Reading(Pattern.compile("\\b(on a )?schedule(d)? or (on )?(an? )?(alerts?|alarms?|drift|triggers?)\\b"), "retraining trigger drift"),
            // Quality measured as often as uptime needs outcomes that arrive as often: the label delay.
            new Reading(Pattern.compile("\\b(accuracy|precision|recall|auc|error rate) (every|each) (morning|day|night|hour)\\b"
                    // Whether it is still right, asked before the outcomes that would tell are back.
                    + "|\\b(before|until|till) the (audits?|reviews?|outcomes?|labels?|results?|chart reviews?|confirmations?) "
                    + "(come|comes|arrive|arrives) (back|in)\\b"
                    + "|\\b(forecasts?|predictions?|models?|scores?) (are|is) still (accurate|right|correct)\\b"),
                    "model performance monitoring outcomes labels"),
            new Reading(Pattern.compile("\\b(daily|weekly|monthly|nightly|hourly) retrain(s|ing)?\\b.*\\b(overkill|too (often|much|frequent)|excessive)\\b"
                    + "|\\b(retrain|rebuild|refit)\\w* (\\w+ ){0,3}(daily|nightly|hourly|every (day|night|hour))\\b.*\\b(wise|sensible|overkill|worth it"
                    + "|a good idea|too (often|much))\\b"),
                    "how often retrain schedule"),
            new Reading(Pattern.compile("\\bwarn(s|ed|ing)? (\\w+ )?(off|against)\\b|\\b(must|should|can)( never| not|not|n't|'t) be used (for|in)\\b"
                    + "|\\bnot (meant|intended) (for|to be used)\\b|\\bmisus(e|es|ed|ing)\\b"
                    + "|\\b(publish|share|document|write down)\\b.*\\b(model's|its) (known )?limit(s|ations)\\b"
                    + "|\\bwhat (the |our |a |this )?(\\w+ )?(model|it) is (meant |intended )?for\\b.*\\b(is|isn't|is not)( for)?\\b"
                    // What it is for and where it falls short: "write down what the orchard yield model is for and where it fails".
                    + "|\\bwhat (\\w+ ){0,4}is (meant |intended )?for and (where|when) (it|they) (fails?|breaks?|struggles?|goes wrong|falls short)\\b"
                    + "|\\b(where|when) (it|the model|they) (should(n't| not| never)|must not|can't|cannot) be (trusted|used|relied on)\\b"),
                    "model card intended use limitations"),
            new Reading(Pattern.compile("\\b(as|when|whenever|the moment) (\\w+ ){0,2}(upload|uploads|submit|submits|send|sends|post|posts) "
                    + "(them|it|their \\w+|one|an? \\w+)\\b"), "online serving api request"),
            new Reading(Pattern.compile("\\b(two|several|multiple|different) (people|engineers|teams|of us) (\\w+ ){0,3}"
                    + "(deploy|deploying|release|releasing|ship|shipping)\\b"),
                    "ci/cd pipeline registry approval"),
            new Reading(Pattern.compile("\\bhow long ([\\w-]+ ){0,5}takes? (per|for each|for every|to (answer|score|respond|reply))\\b"
                    + "|\\b(take|takes|handle|handles|cope with|copes with|survive|survives) the (load|traffic|peak|rush)\\b"),
                    "latency p99 service health"),
            new Reading(Pattern.compile("\\b(retire|retiring|decommission(ing)?|sunset(ting)?) (the |our |an? )?(old |legacy |existing )?([\\w-]+ ){0,3}"
                    + "(rules? engine|system|model|service|heuristics|scorecard)\\b"), "retire decommission owner"),
            new Reading(Pattern.compile("\\b(scoring|api|interface|input|output|request) contracts?\\b"
                    // What a model hands its callers, checked before they read it: "the output columns haven't changed".
                    + "|\\boutput (columns|fields|schema|format) (have |has |haven't |hasn't |have not |has not )?(changed|stay the same)\\b"
                    + "|\\bagree (on )?(the |a |our )?([\\w']+ ){0,2}(request|response) (format|schema|fields)\\b"),
                    "integration tests api contract schema"),
            // Models that live on one person's machine: a pipeline and a reproducible environment take them off it.
            new Reading(Pattern.compile("\\boff (the |a |our |her |his |their |someone's )?([\\w']+ ){0,2}(laptops?|desktops?|workstations?)\\b"),
                    "notebook to pipeline reproducible environment"),
            // Days or rows the training data should not hold (a shop shut, a gauge under repair, a blank total): a rule of what a valid
            // row is.
            new Reading(Pattern.compile("\\b(days?|dates?|weeks?|periods?) (when )?(the |our )?(\\w+ )?(was|were) (shut|closed)\\b"
                    + "|(?m:^)(?=.*\\b(train|training|learn|learning)\\b).*\\b(under|in|during) (maintenance|repair|calibration)\\b"
                    + "|\\b(keep|stop|prevent|exclude)\\w* (\\w+ ){0,5}from (training|learning) on (\\w+ )?(days|rows|records|hours|weeks|readings|samples) "
                    + "(when|where|that|with)\\b"
                    + "|\\b(with|having) (blank|empty|missing|null) [\\w-]+\\b.*\\b(getting|going|slipping|leaking|making it) into\\b"),
                    "data validation rules rows checks"),
            // Retraining that takes too long is the train step's question of retraining cheaply.
            new Reading(Pattern.compile("\\b(cut|reduce|shorten|speed up)( \\w+){0,4} (time|hours|days) (it takes |we need |needed )?to (re)?train\\b"
                    + "|\\b(re)?train\\w*( [\\w-]+){0,5} (now )?(takes?|took) (twice|three times|much|far|\\w+ times) (as long|longer)\\b"),
                    "retrain cheaply training time steps"),
            new Reading(Pattern.compile("\\b(overnight|nightly|every night)\\b.*\\b(store|save|write|keep)s? (the )?(suggestions|recommendations|scores|predictions"
                    + "|results)\\b"), "batch scoring table"),
            new Reading(Pattern.compile("\\bsidecars?\\b"), "logged predictions request online deployment monitoring"),
            new Reading(Pattern.compile("\\bcosts? (us )?(per|for every|for each) (thousand |million |hundred |single )?"
                    + "(images?|predictions?|requests?|calls?|scores?|documents?|items?|inferences?)\\b"), "cost compute per prediction"),
            // Whether a model is the answer at all is the first question of the design step.
            new Reading(Pattern.compile("\\b(a |an )?(ml )?model is (even )?the right (tool|approach|answer)\\b|\\bneed (a |an )?(ml )?model at all\\b"),
                    "design step problem framing"),
            new Reading(Pattern.compile("\\bin case we (need|want) it back\\b|\\b(keep|leave) the old (\\w+ )?(model|version) (running|warm|around|deployed)\\b"),
                    "rollback previous version switch back"),
            new Reading(Pattern.compile("\\b(be allowed|allowed) to (retrain|deploy|release|replace) (the |a |our )?(\\w+ )?models? (themselves|on their own)\\b"),
                    "approval gate governance owner"),
            new Reading(Pattern.compile("\\bserv(e|es|ing) (\\w+ )?features (both )?(to|for)\\b"
                    + "|\\b(online|offline|batch|real-?time|streaming) (or|vs\\.?|versus) (online|offline|batch|real-?time|streaming) features\\b"),
                    "feature store online store low-latency lookups"),
            new Reading(Pattern.compile("\\bon a schedule with retries\\b|\\bretr(y|ies) (failed |failures )?(and|with) (alerts|alerting)\\b"
                    // Resuming where a run failed is what an orchestrator's steps are for.
                    + "|\\b(re-?runs?|resumes?|restarts?|picks? up|continues?) (again )?from the (broken|failed|failing|last good) (step|task|stage)\\b"),
                    "orchestrator schedule retries failures"),
            new Reading(Pattern.compile("\\b(go|goes|run|runs|pass|passes) through the same (tests|checks|pipeline|ci|review)\\b"),
                    "ci/cd pipeline tests validate model"),
            new Reading(Pattern.compile("\\bstaging (environment|env|cluster|stack)s?\\b|\\bpre-?prod(uction)? (copy|environment|env|cluster|stack|version)\\b"),
                    "ci/cd staging deploy test"),
            new Reading(Pattern.compile("\\b(takes?|took|brings?|brought|knocks?|knocked) (the |our )?(api|service|endpoint|site|app) (down|offline)\\b"
                    + "|\\bdowntime (on|during|with) (each|every) (deploy|release)\\b"
                    + "|\\bwithout (dropping|losing|failing) (any |a single )?(requests|traffic|calls)\\b"
                    + "|\\bzero[- ]downtime (deploys?|deployments?|releases?|swaps?|switch(es)?|rollouts?)\\b"
                    + "|\\bkeeps? (answering|serving|responding) while (we|you|they) (swap|switch|replace|deploy|release)\\b"
                    + "|\\b(swap|switch|replace)\\b.*\\b" + WITHOUT_DOWNTIME + "|\\btwin (environments|stacks|clusters)\\b"
                    // A model put live with no downtime: "how should the price model go live without downtime".
                    + "|\\b((go|goes|going|went) live|(release|deploy|ship|launch|update|upgrade|roll out) (the |our |a |its )?([\\w']+ ){0,3}"
                    + "(model|version|api|service))\\b.*\\b" + WITHOUT_DOWNTIME),
                    "blue-green switch rollout"),
            // The same value made one way where the model learns and another where it serves.
            new Reading(Pattern.compile("\\b(round|truncat)\\w*\\b.*\\b(and|while|but|whereas)\\b.*\\b(round|truncat)\\w*\\b"),
                    "training-serving skew same transformation"),
            new Reading(Pattern.compile("\\b(accuracy|auc|scores?|metrics?|results?|precision|recall) on (last year's|an old|the old|a stale|an outdated"
                    + "|the original) (holdout|hold-out|test set|validation set|test data)\\b"), "model decay holdout recent data"),
            new Reading(Pattern.compile("\\bwithout waiting for (the |our |a )?(next )?(monthly|quarterly|weekly|yearly|annual|next) "
                    + "(review|report|meeting|retro)\\b"), "model performance monitoring labels alerts"),
            new Reading(Pattern.compile("\\b(on|every) (rainy|snowy|hot|cold|stormy) days?\\b|\\bwhen it (rains|snows)\\b|\\bin bad weather\\b"),
                    "segment drift decay"),
            new Reading(Pattern.compile("\\b(preprocessing|feature (code|transformations?))\\b.*\\b(one|a single|the same) (artifact|package|bundle|object)\\b"
                    + "|\\b(bundle|package|ship|save)s? (the )?model (and|with|together with) (its |the )?preprocessing\\b"
                    + "|\\b(preprocessing|feature (code|logic|transformations?))\\b.*\\bshare[sd]?\\b"
                    + "|\\bshar(e|es|ed|ing) (the |our |one )?(preprocessing|feature (code|logic))\\b"),
                    "same feature code training serving shared library skew"),
            new Reading(Pattern.compile("\\b(find|tell|know|see|work out|figure out) which (source|upstream|feed|table|input|dataset)\\b"),
                    "lineage upstream data quality"),
            new Reading(Pattern.compile("\\b(under|below|less than|within|only take) (\\d+ ?(ms|milliseconds)|a (split )?second|one second)\\b"
                    + "|\\b(while|before) (the )?(caller|customer|user|visitor|shopper)s? (is |are )?(still )?(on the (line|phone)|waiting|waits|wait)\\b"
                    + "|\\b(hundreds|thousands|millions) of (\\w+ ){0,3}(a|per|each) (second|minute)\\b"
                    + "|\\bwithout slowing (down )?(the|our) (\\w+ ){0,2}(page|app|site|checkout|form)\\b"
                    + "|\\bwithout slowing (the |our )?(\\w+ )?(pages?|apps?|sites?|checkout|forms?) down\\b"),
                    "low latency online real time serving"),
            // A share of answers promised within a time is a latency objective: "99% of answers under a second".
            new Reading(Pattern.compile("\\b\\d+(\\.\\d+)? ?(%|percent) of (answers|requests|responses|calls|predictions) (under|within|below|in less than)\\b"),
                    "slo service level objective latency error budget"),
            new Reading(Pattern.compile("\\b(two|three|four|five) nines\\b"), "99.9% availability sla error budget"),
            // A job started by another's success is a dependency between pipeline steps.
            new Reading(Pattern.compile("\\b(run|runs|start|starts|trigger|triggers|launch|launches)\\b.*\\b(only )?(after|once) (the |our )?(\\w+ )?"
                    + "(job|step|task|pipeline) (has )?(succeeded|succeeds|finished|finishes|completed|completes|is done)\\b"
                    + "|\\b(run|runs|start|starts)\\b.*\\b(only )?(after|once) (the |our )?(\\w+ ){0,2}(table|data|labels|file|extract) "
                    + "(is |are |has been |have been )?(refreshed|updated|loaded|landed|ready)\\b"
                    + "|(?m:^)(?=.*\\b(jobs?|steps?|tasks?|pipelines?)\\b).*\\b(in (the right|the correct|the proper|this) order|one after (the )?other)\\b"
                    + "|\\bwait(s|ing)? (for|until|till) (the |our )?(\\w+ ){0,3}(load|job|extract|export|ingest|ingestion|import|step|task) "
                    + "(to )?(finish|finishes|finished|complete|completes|completed|land|lands|is done)\\b"
                    + "|\\b(so (it|that it) )?waits? for the (\\w+ ){0,2}(extract|export|load|feed|table)\\b"
                    // The day's data read before the day's run: "pick up yesterday's sales before it forecasts".
                    + "|\\b(yesterday's|last night's|the (latest|day's|night's|previous day's)) (\\w+ ){0,2}before (it|they|the (\\w+ )?"
                    + "(model|job|forecast|pipeline)) (forecasts|scores|runs|predicts|starts|trains)\\b"),
                    "orchestration pipeline dependencies"),
            new Reading(Pattern.compile("\\b(internal|service|reliability) objectives?\\b"
                    + "|\\bhow fast (and how often )?(the )?(\\w+ ){0,3}(model|api|service|endpoint) (must|should|has to|needs to) (answer|respond|reply)\\b"),
                    "slo sla"),
            new Reading(Pattern.compile("\\bwhat changed between (the )?(\\w+ ){0,2}(model|version)s?\\b"
                    + "|\\bancestry\\b|\\brecord who trained (the |a |each )?(\\w+ ){0,3}model and (on )?which (data|extract|dataset|snapshot|table)\\b"
                    // Every model a bad input reached: "find every model trained on a bad data extract".
                    + "|\\b(find|list|trace)\\w* (every|all( the)?|each|the) models? (\\w+ )?(trained|built) (on|from|with) (a |an |the |that )?"
                    + "(bad|broken|corrupt|faulty|wrong) (\\w+ ){0,2}(data|extract|table|dataset|file|snapshot)s?\\b"),
                    "model lineage data code version"),
            new Reading(Pattern.compile("\\b(each|every team|both) (\\w+ ){0,3}(their|its) own way\\b"
                    + "|\\b(each|every|all) (of (our|the) )?(\\w+ )?teams?\\b.{0,60}\\b(their|its) own way\\b"
                    + "|\\bone (shared |common |single )?(definition|feature (table|store|source))\\b|\\b(the )?(same|shared|common) definitions? of\\b"),
                    "feature store shared features reuse"),
            // Not a random split of data into training and test sets.
            new Reading(Pattern.compile("\\brandomly (send|sending|sends|assign|assigning|route|routing|split|splitting) (\\w+ ){0,3}"
                    + "(users|visitors|customers|traffic|requests|people|clients)\\b"
                    + "|\\bto the challenger\\b.*\\bcompar(e|ing)\\b"), "a/b test random split"),
            new Reading(Pattern.compile("\\b(pandas|spark|sql|feature|preprocessing) (transformations?|code|functions?)\\b.*\\btests?\\b"
                    + "|\\btest(s|ing)? (that |whether |if )?(our |the |a |each )?(\\w+ ){0,2}(feature|preprocessing|transformation|cleaning) "
                    + "(functions?|code|logic)\\b"),
                    "unit tests feature code"),
            // Whoever trains a model also releasing it: who owns which part of the work.
            new Reading(Pattern.compile("\\b(who|that) (train|trains|trained|build|builds|built) (a |the |their |our )?(\\w+ )?"
                    + "(models?|scorers?|classifiers?|rankers?|forecasts?)\\b.*"
                    + "\\b(push|pushes|deploy|deploys|ship|ships|release|releases)\\b"), "team collaboration ownership deploy"),
            new Reading(Pattern.compile("\\bwho (approved|signed off|okayed|green-?lit)\\b"), "approval audit governance record"),
            new Reading(Pattern.compile("\\b(refresh(es)?|retrains?|updates?|improves?) (themselves|itself)\\b"
                    + "|\\bself-(updating|retraining|refreshing|improving)\\b"),
                    "automatic retraining continuous training trigger"),
            new Reading(Pattern.compile("\\b(port|move|migrate|rewrite|translate|convert)(s|d|ed|ing)? (\\w+ ){0,4}from (pandas|python|sql|spark|scala|r) to "
                    + "(pandas|python|sql|spark|scala|java)\\b"), "same feature code tests training-serving skew"),
            new Reading(Pattern.compile("\\b(on|with|from) different (data|datasets|snapshots|training data|versions of the data)\\b"
                    + "|\\b(exact|exactly the|precisely the) same (rows|records|training (rows|data|set)|snapshot)\\b"
                    + "|\\boverwrit(e|es|ing|ten) (its |their |our |the |last month's )?(training )?(extracts?|tables?|data|datasets?|snapshots?|files?)\\b"),
                    "data versioning snapshot reproducibility"),
            new Reading(Pattern.compile("\\b(fewer|more|less) rows than (usual|expected|normal|before)\\b|\\brow counts?\\b"
                    + "|\\b(usual|expected|normal|typical) (number of (rows|records)|volume)\\b|\\bhalf (of )?(a |the )?(normal|usual|typical|regular)\\b"
                    + "|\\b(half|twice|double) as many (rows|records|events)\\b"
                    + "|\\b(data|dataset|table|file|batch|extract)\\b.*\\b(smaller|bigger|larger) than (usual|expected|normal|before)\\b"),
                    "data quality volume row count check"),
            new Reading(Pattern.compile("\\b(load|stress|soak)[- ]test(s|ed|ing)?\\b"), "latency throughput service health"),
            // Instances that serve an old version: which version is live is the registry's to say.
            new Reading(Pattern.compile("\\b(return|returns|returning|serve|serves|serving) (stale|old|outdated|previous|mixed) (model )?versions\\b"),
                    "model registry version alias serving"),
            new Reading(Pattern.compile("\\bwho (on the team )?(should|will|must|is going to) (watch|look at|check|keep an eye on|monitor) (the )?(\\w+ )?"
                    + "(dashboards?|alerts?|monitoring)\\b"), "model owner on-call ownership"),
            // A fixed set every candidate must pass is a test in the release pipeline.
            new Reading(Pattern.compile("\\b(fixed|golden|curated|hand-checked|hand-labell?ed) (set|list) of ([\\w-]+ )?(examples|cases|inputs|images|records"
                    + "|sentences|questions|documents|queries|transactions)\\b.*\\b(must|has to|have to|should) pass\\b"
                    + "|\\bagainst (a |the |our )?(fixed|golden|curated|hand-checked) (set|list) of\\b"
                    + ".*\\bbefore (release|releasing|it ships|going live|shipping)\\b"), "tests golden set ci/cd validate candidate"),
            // A model that still loads and answers is what a scoring smoke test checks.
            new Reading(Pattern.compile("\\b(still )?loads (and|then) (predicts|scores|answers|returns (a |its )?predictions?)\\b"),
                    "scoring test load a small fixture model score known inputs smoke test"),
            new Reading(Pattern.compile("\\b(refus|reject|block|halt)(e|es|ed|ing|s)? (\\w+ ){0,2}(files?|batch|batches|extracts?|tables?|datasets?|loads?) "
                    + "(whose|that|when|if|with)\\b"), "data validation failed check stops the pipeline"),
            new Reading(Pattern.compile("\\b(tell|warn|notify|inform|alert) (the )?(\\w+ )?(teams?|users|consumers|stakeholders)"
                    + " (before|when) (the |our |a )?(\\w+ )?models? (changes?|is (updated|retrained|replaced))\\b"
                    + "|\\b(tell|warn|notify|inform|alert) (the )?(\\w+ )?(teams?|users|consumers|stakeholders) (that )?(a |the )?(new )?(\\w+ )?"
                    + "(model|version)s? (is|are) coming\\b"
                    + "|\\b(tell|warn|notify|inform) (the )?([\\w-]+ ){0,3}(model'?s? )?(users|consumers|stakeholders|callers) (what|that|about)\\b"
                    + ".*\\b(changed|changes|new version)\\b"), "team collaboration owner downstream product"),
            new Reading(Pattern.compile("\\b(precision|recall|accuracy|auc|metrics?) (held up|holds up|looks? (fine|good|ok)"
                    + "|(is|are|stayed|stays) (fine|good|ok|stable))\\b.*\\bbut\\b"
                    // Scores alone may be a batch's output ("scores look fine but the crm shows last friday's"): a business loss.
                    + "|\\bscores (held up|look (fine|good|ok)|(are|stayed) (fine|good|ok|stable))\\b.*\\bbut\\b.*"
                    + "\\b(sales|revenue|conversions?|bookings|orders|sign-?ups|clicks|chargebacks|complain\\w*)\\b"),
                    "monitoring beyond accuracy business metrics"),
            new Reading(Pattern.compile("\\bpass(ed|es)? (all )?(the |our )?(offline )?(tests|checks|evaluations?)\\b.*\\b(users|customers|clients|people) "
                    + "(hate|dislike|complain|don't like|do not like)\\b"), "a/b test business metrics users"),
            new Reading(Pattern.compile("\\b(safe|ok|okay|fine) to (re-?run|run (it |them )?(twice|again|more than once))\\b|\\bruns? twice\\b"
                    + "|\\b(re-?run|retry|second attempt|another attempt)s? (is |are )?harmless\\b|\\bhalf (of )?(its|the|their) output\\b"
                    + "|\\b(written|loaded|inserted|stored|delivered) (only |exactly )?once\\b.*\\bretr(y|ies|ied)\\b"),
                    "idempotent rerun batch job period"),
            // A model handed to the people who will run it goes with what they need to run it.
            new Reading(Pattern.compile("\\bhand(s|ing|ed)? (the |our |a |this |that )?([\\w-]+ ){0,2}(models?|services?|jobs?|it|them) (over|off) to "
                    + "(the |an? |our )?(ops|operations|support|sre|on-?call|run|production|platform) (team|crew|folks|people|engineers|group)\\b"),
                    "runbook hand over owner on-call"),
            new Reading(Pattern.compile("\\b(procedure|playbook|instructions|steps) for (when|if)\\b"
                    + "|\\bon[- ]?call (\\w+ ){0,2}(check|checks|look at|looks at|try|tries|do|does) first\\b"), "runbook on-call owner rollback"),
            new Reading(Pattern.compile("\\bonce (a |the |our )?models? (is|are|goes|go|gets) (live|in production|deployed)\\b"), "operate step monitoring"),
            new Reading(Pattern.compile("\\b(we |they )?only (found out|noticed|learned|realised|realized|heard)\\b"),
                    "alert service health monitoring on call"),
            new Reading(Pattern.compile("\\b(deploy|deploys|deployment|release|releases)\\b.*\\b(weeks?|days) of "
                    + "(emails|meetings|tickets|approvals|back and forth)\\b"
                    // The stages of a release named in a row and automated together: "automate train, test and deploy end to end".
                    + "|(?m:^)(?=.*\\b(automat|end[- ]to[- ]end\\b)).*\\btrain\\w*,? (and |then )?(test|validat|evaluat)\\w*,? (and |then )?(deploy|releas|ship)"),
                    "ci/cd pipeline automated release"),
            new Reading(Pattern.compile("\\b(should|must|do|does) (our |the |a |every )?(data scientists?|ml engineers?|analysts?) (need to )?(learn|know|own)\\b"
                    + "|\\b(which|what) roles? (on|in|of) (the|our|a) team\\b"
                    // A hand-over between the people who build a model and those who run it, not between owners.
                    + "|(?m:^)(?=.*\\b(data scientists?|scientists|analysts?|modell?ers)\\b)(?=.*\\b(engineers?|developers?|devs|ops|operations)\\b)"
                    + ".*\\b(hand(s|ing|ed)? (over|off)|hand-?(over|off)s?"
                    + "|who ((should|does|would|will|must) (own|build|write|maintain)|owns|builds|writes|maintains))\\b"
                    + "|\\b(domain|subject[- ]matter) experts?\\b.*\\b(do|does|role|part|job)\\b"
                    // The people who know the domain and those who build the model: "how do the editors and the data scientists agree".
                    + "|\\b\\w{3,}s and (the|its|their|our) (data scientists?|(data|ml) (team|folks|people|crew|person)|ml engineers?|modell?ers?|analysts?) "
                    + "(agree|align|collaborate|cooperate|decide|work (\\w+ ){0,4}together|share (what they know|(their )?knowledge)|learn from each other"
                    + "|(split|divide|share) (up )?(the )?(\\w+ )?(work|tasks|jobs))\\b"),
                    "team collaboration roles data scientist engineer"),
            // A model tested on a period or on past cases it was not trained on: a holdout.
            new Reading(Pattern.compile("\\b(evaluat(e|es|ed|ing)|test(s|ed|ing)?|validat(e|es|ed|ing)|scor(e|ed|ing)) (\\w+ ){0,3}(on|against) (the )?"
                    + "((latest|last|most recent|newest) (day|week|month|quarter|year|weeks|months)('s| of)?"
                    + "|(last (week|month|quarter|year)'s|past|historical|old) (\\w+ )?(cases|examples|records|incidents))\\b"
                    + "|\\b(days|weeks|months|quarters|years) held out\\b"),
                    "holdout test set evaluation time split recent"),
            new Reading(Pattern.compile("\\bleak(s|ed|ing|age)? (\\w+ ){0,2}future (data|information|\\w+s)\\b"
                    + "|\\b(uses?|using|sees?|seeing|knows?) (tomorrow's|next week's|future) ((\\w+ )?(numbers|figures|counts)"
                    + "|data|values|events|information|sales|labels)\\b"
                    + "|\\bleak(s|ed|ing)? (the )?(label|target|outcome)s?\\b|\\b(label|target) leak(age|s)?\\b"
                    + "|\\b(rows|data|values|events|records|information|labels) (\\w+ )?from the future\\b"
                    + "|\\b(at|during|for) training( time)?,? not (today's|tomorrow's|the (current|latest) ones)\\b"
                    // Features joined to past outcomes as they stood then: "the values known back then and not today's".
                    + "|\\b(values?|features?|data|numbers|facts)( \\w+){0,2} (known|available) (back )?then\\b"
                    + "|\\bas (it|they) (was|were|stood) on (the|each) (\\w+ )?(day|date)\\b"
                    + "|\\bas of (then|that (day|date|time|moment))\\b|\\bas (they|it) (were|was|stood) (known |available )?(back )?then\\b"),
                    "point-in-time feature store leakage"),
            new Reading(Pattern.compile("\\bworkflow (engine|manager|tool|orchestrator|system)s?\\b"
                    + "|\\bchain(s|ed|ing)? (\\w+ ){0,3}(by hand|with (sleeps?|cron|shell scripts?))\\b|\\bsleep commands?\\b"), "orchestration pipeline schedule"),
            // How the assessment arrives at a team's level, not which level a team should have.
            new Reading(Pattern.compile("\\bwhat (decides|determines|sets) (the|our|a team's) (overall |final )?(maturity )?(level|score)\\b"
                    + "|\\bhow (is|are|does|do) (the|our|a team's) (overall |final )?(maturity )?(level|score)s? (get )?(decided|determined|worked out"
                    + "|computed|calculated)\\b"), "how the maturity score is computed caps lowest answer"),
            new Reading(Pattern.compile("\\bbefore (anyone|we|you|a team) ((starts?|begins?) )?(trains?|builds?|training|building) (anything|it|the model)\\b"
                    + "|" + lifecyclePhase(FIRST_PLACE)
                    + "|\\bbefore (the |our |any )?first (training run|model|experiment)\\b"
                    + "|\\bbefore (anyone|we|you|the team|a data scientist) (opens?|writes?) (a |the |any )?(notebook|code|line of code)\\b"
                    + "|\\bbefore (the |a |our |any )?([\\w-]+ ){0,2}model (gets|is|was) (built|trained|developed|started)\\b"
                    + "|\\bbefore (any|the) (data|modell?ing|training) work\\b|\\b(work out|decide|agree on) what the model is for\\b"),
                    "design step problem success metric"),
            new Reading(Pattern.compile("\\b(feature|data) freshness\\b"
                    // Inputs that stop being refreshed are stale records, which data quality checks catch.
                    + "|\\b(inputs?|features?|records|values) (\\w+ )?(going|gone|goes|went|getting|got|turning|turned) stale\\b"
                    + "|\\b(feeds?|sources?|tables?|extracts?) (\\w+ ){0,2}(stops?|stopped|stopping) (refreshing|updating|loading)\\b"
                    + "|\\b(feeds?|sources?|sensors?|streams?) (went|goes|has gone|have gone|going|fell|falls) (quiet|silent|dark|dead)\\b"
                    + "|\\b(feeds?|sources?|sensors?|streams?|gauges?) (stopped|stops|stop) sending (\\w+'?s? ){0,2}(data|readings|rows|records|events)\\b"
                    + "|\\b(data|extracts?|feeds?|files?|exports?|tables?|snapshots?) (\\w+ )?"
                    + "(is|are|was|were|arriving|arrives|arrived|coming in|came in|landing|lands|landed) late\\b"
                    // Or named in the feed: "late or missing bookings in the kayak feed".
                    + "|\\b(late|missing|stale) (or (late|missing|stale|duplicated?) )?(\\w+ )?(in|from) (the|our|a) ([\\w-]+ ){0,2}feed\\b"),
                    "data quality monitoring stale late"),
            new Reading(Pattern.compile("\\b(half|partially|partly)[- ]loaded\\b|\\b(incomplete|partial) (data|loads?|batch(es)?|files?|tables?)\\b"
                    + "|\\b(half[- ]written|half[- ]finished|truncated|cut[- ]off|incomplete|partial) (\\w+ )?(exports?|extracts?|dumps?|feeds?)\\b"),
                    "data validation completeness check missing"),
            // The model's version on each prediction logged: which model made which prediction.
            new Reading(Pattern.compile("\\bversion\\b.*\\b(every|each) (\\w+ )?prediction\\b|\\b(every|each) (\\w+ )?prediction\\b.*\\bversion\\b"
                    + "|\\b(deploy|release|rollout)\\b.*\\bchang(e|ed|es) (any |the |our )?(predictions|scores|outputs)\\b"),
                    "logged predictions request id model version lineage"),
            // A service that shows green is healthy; the green of a blue-green release is another matter.
            new Reading(Pattern.compile("(?m:^)(?=.*\\b(api|service|endpoint|server|grafana|uptime)\\b).*\\b(is|are|shows?|looks?|all|stays?) green\\b"),
                    "healthy service health monitoring"),
            new Reading(Pattern.compile("\\b(label|target|outcome)s? definitions? (of \\W?\\w+\\W? )?(the same|consistent|identical|in sync|aligned)\\b"),
                    "training-serving skew same definition"),
            new Reading(Pattern.compile("\\b(label|target|outcome)s? definitions? (\\w+ ){0,2}chang(e|es|ed|ing)\\b"
                    + "|\\bredefin(e|es|ed|ing) (the |what counts as )?(label|target|outcome|churn|fraud|default)\\b"),
                    "concept drift data contract schema validation"),
            // An input's bearing on the outcome that changed: "the link between income and default moved".
            new Reading(Pattern.compile("\\b(link|relationship|relation|connection) between (\\w+ ){1,3}and (\\w+ ){1,3}\\W{0,2}"
                    + "(has |have |had )?(moved|changed|shifted|broke|broken|weakened|flipped|reversed)\\b"),
                    "concept drift relation between inputs and the outcome"),
            new Reading(Pattern.compile("\\b(pick(s|ed|ing)? up|leak(s|ed|ing)? into|us(e|es|ed|ing)) (the )?(test|holdout) (data|set|rows)\\b"
                    + "|\\b(test|holdout) (data|set|rows)\\b.*\\b(leak(s|ed)?|slip(s|ped)?|ends? up|creeps?) in"), "holdout test set leakage split"),
            new Reading(Pattern.compile("\\b(block|blocks|reject|rejects|refuse|refuses|stop|stops) (\\w+ ){0,2}models? (without|missing|lacking)\\b"),
                    "gate approval governance"),
            new Reading(Pattern.compile("\\b((nobody|no one|didn't|did not|never) (logged|recorded|wrote down|noted|tracked)"
                    + "|(lost|lose|losing|forgot|forgotten|forget)( \\w+)?) (the |their |our |its |any )?(settings|parameters|params|hyperparameters|config"
                    + "|configuration)\\b"),
                    "experiment tracking parameters log"),
            // Not "downtime" ("a release without downtime" is about how to release), nor any promise ("the vendor promised
            // continuous training" is about retraining).
            new Reading(Pattern.compile("\\b(uptime|guarantee(d|s)?)\\b|\\b(we|i|they|you) promised\\b"
                    + "|\\bpromised (\\w+ ){0,2}(uptime|availability|latency|response times?|\\d)"), "sla slo availability"),
            // How fresh scores must be is a promise of the service, kept as a deadline.
            new Reading(Pattern.compile("\\bfreshness (target|goal|objective|promise|sla|slo|requirement)s?\\b"), "sla slo deadline completeness"),
            new Reading(Pattern.compile("\\b(number|figure|target) (\\w+ ){0,3}(can|could|will|should) be (held|measured) (to|against)\\b"
                    + "|\\b(set|sets|setting|agree|agreeing|define|defining|write|writing) (on )?(a|an|the|our) service levels?\\b"),
                    "sla slo service level objective"),
            new Reading(Pattern.compile("\\bp(50|90|95|99|999)\\b|\\bpercentiles?\\b|\\btail latency\\b"),
                    "latency tail percentiles service health"),
            // What drift is measured against: "the baseline" in monitoring is the reference window, not a baseline model.
            new Reading(Pattern.compile("\\bbaseline (in|for|of) (\\w+ )?(monitoring|drift)\\b|\\b(monitoring|drift) baseline\\b"
                    + "|\\bbaseline (distribution|window|period)\\b"), "reference window drift"),
            new Reading(Pattern.compile("\\bsame (model )?version (as|in|across|everywhere)\\b"
                    + "|\\b(use|uses|using|serve|serves|serving|run|runs) the same (model )?version\\b"
                    + "|\\bpicks? (up )?the (right|correct) (one|version|model)\\b"), "model registry alias production version"),
            new Reading(Pattern.compile("(?m:^)(?=.*\\b(containers?|pods?|services?|api|endpoints?|servers?|models?)\\b)"
                    + ".*\\b(hangs|hung|unresponsive|stops responding|stopped responding)\\b"
                    + "|\\b(requests?|calls?) (\\w+ ){0,4}(rejects?|rejected|fails?|failed|answers?|answered) with (an )?errors?\\b"),
                    "service health error rate alert"),
            new Reading(Pattern.compile("\\bclos(e|es|ed|ing) the loop\\b|\\bclosed[- ]loop\\b"),
                    "closed loop level 4 retraining triggered"),
            new Reading(Pattern.compile("\\b(pause|paus(es|ed|ing)|halt|hold|switch off|turn off|disable) (\\w+ ){0,2}(automatic |auto-?)?"
                    + "(deploy(s|ment|ments)?|releases?|promotions?)\\b"), "release pipeline approval gate manual"),
            // A batch job's checks beyond its having run: "apart from it completing, what deserves a dashboard".
            new Reading(Pattern.compile("\\b(apart from|besides|beyond|other than) (\\w+ ){0,2}(completing|finishing|succeeding"
                    + "|(it|the job|the run) (ran|finished|completed|succeeded))\\b"), "batch job what to watch data quality drift"),
            // Alerts on a model that scores in batches: first that the run failed or its predictions are late.
            new Reading(Pattern.compile("\\bwhat (should|do|must|to) (we |i |they |the [\\w'-]+( [\\w'-]+)? )?(alert|page) (on|for|about)\\b.*"
                    + "\\b(in (a |one )?batch(es)?|batch (jobs?|runs?|scoring)"
                    + "|(each|every) (morning|night)|nightly)\\b"), "batch job run fails predictions not arrived deadline"),
            new Reading(Pattern.compile("\\bhealth (emails?|reports?|summary|summaries|digests?)\\b"),
                    "monitoring overview model quality drift"),
            // How to monitor a model, nothing more said: "how do we monitor the algae forecast".
            new Reading(Pattern.compile("^how (do|should|can|would) (we|i|you) (monitor|watch) ((the|our|a|this|that) (?!(data|inputs?|drift|features?"
                    + "|latency|quality|accuracy|performance|api|service|pipelines?|fairness|health|errors?|labels?|costs?|predictions|outputs?|business)\\b)"
                    + "([\\w-]+ ){0,2}[\\w-]+|models?)( in (production|prod))?[ ?!.]*$"
                    + "|^what (do|should) (we|i) (watch|monitor|track) (on|for|in) (the|our) ([\\w-]+ ){0,3}models?[ ?!.]*$"
                    // Or what to watch once it is live: "what should the leak team keep an eye on after go-live".
                    + "|\\bwhat should (we|i|(the|our) ([\\w-]+ ){0,3}(team|squad|crew)|" + QuestionKind.PEOPLE_BY_THEIR_WORK + ") "
                    + "(keep an eye on|watch|monitor|track) (after|once) "
                    + "(go-?live|launch|release|going live|(it|the ([\\w-]+ ){0,2}(model|forecast|classifier|ranker|recommender|detector))"
                    + "('s| is| goes| went) live)\\b"
                    // Or which signals say a model is well: "which signals tell the hospital team its occupancy forecast is healthy".
                    + "|\\b(which|what) (signals|numbers|metrics|figures) (tell|show) (us|me|(the|our) ([\\w-]+ ){0,3}(team|squad|crew)) (that )?"
                    + "(its|our|the|their) ([\\w-]+ ){0,3}(model|forecast|classifier|recommender|ranker|predictor|scorer|detector)s? (is|are) "
                    + "(healthy|working|fine|ok|okay|doing well)\\b"),
                    "where to start with monitoring four groups of signals set up"),
            new Reading(Pattern.compile("\\bvalidat(e|ion) (task|step|stage|node)\\b"
                    + "|\\b(check|checks|checking|validate|validating) (the |our |its )?(\\w+ )?data (inside|in|within|during) (its |our |the )?(\\w+ )?"
                    + "(runs?|pipelines?|dags?|jobs?)\\b"
                    + "|(?m:^)(?=.*\\b(check|checks|checking|validate|validates|validating|inspect|inspects|inspecting)\\b).*\\b(before|prior to) "
                    + "(training|retraining|a retrain|fitting)\\b"
                    // Stopped on the way in: "catch readings that say the tank is colder than ice before they reach training".
                    + "|\\b(catch|stop|block|reject|flag|filter)\\w* (\\S+ ){0,12}before (they|it|them) (reach|reaches|get into|gets into|go into|goes into"
                    + "|enter|enters) (the )?(training|model)\\b"
                    // Or found there, to be stopped next time: "got temperatures of 90 degrees in its training data, how do we stop that".
                    + "|\\bin (its|the|our) training data\\b.*\\bhow (do|can|should) (we|i) (stop|prevent|block)\\b"
                    // Rows with a bad value kept out: "block entries with missing stem lengths from the training set".
                    + "|\\b(keep|stop|block|reject|filter|exclude|drop)\\w* (\\S+ ){0,8}(with|having) (missing|blank|empty|null|negative|invalid|bad) "
                    + "(\\S+ ){0,3}(from|out of) (the )?(training|model)\\b"),
                    "data validation before training"),
            new Reading(Pattern.compile("\\b(every|each|all the) models? (that )?(was|were|has been|have been|ever) (ever )?(live|in production|deployed)\\b"
                    + "|\\bstores? (each|every) model version\\b"),
                    "model registry versions history stages"),
            new Reading(Pattern.compile("\\b(genders?|ethnicit(y|ies)|races|age groups?)\\b|\\btreat(s|ed|ing)? ([\\w-]+ ){0,3}(un)?fairly\\b|\\bunfair\\b"
                    + "|\\bbias(ed)? (against|towards?)\\b"
                    // A group treated differently than before: "rejects far more young applicants than it used to".
                    + "|\\b(rejects?|rejected|declines?|declined|denies|denied|refuses?|refused|approves?|approved|flags?|flagged) (far |many |much |way )?"
                    + "(more|fewer) (young|younger|older|elderly|female|male|women|men)\\b"), "fairness sensitive group"),
            new Reading(Pattern.compile("\\blos(e|es|ing|t) (track|sight) of (which|what) (\\w+ )?(runs?|experiments?|settings|parameters|tries)\\b"
                    + "|\\b(which|what) (\\w+ ){0,3}(each|every) (of (our|the) )?(\\w+ ){0,3}(runs?|experiments?) used\\b"
                    + "|\\b(which|what) (\\w+ ){0,4}(settings|parameters|hyperparameters|feature sets?|features|seeds?|configs?|configurations?) (\\w+ ){0,3}"
                    + "((gave|produced|got|achieved|yielded|led to) (us )?([\\w']+ ){0,4}(the |its |their )?(best|highest|top|lowest)|won|worked best)\\b"
                    + "|\\bcompar(e|es|ed|ing) (\\w+ ){0,3}(tuning|training) runs\\b|\\b(tuning|training|experiment) histor(y|ies)\\b"
                    + "|\\bruns, (metrics|parameters|params|settings|scores)(,| and )|\\bwhich (of )?([\\w']+ ){0,5}runs? (did|was|were|performed|scored) best\\b"
                    // A way to log experiments asked for, not experiments already logged ("who already log experiments in mlflow").
                    + "|\\b(ways?|how|where) to (log|record|keep track of) (its |our |the |their )?(\\w+ )?experiments\\b"
                    // Not a record of each run's inputs and outputs, which the metadata store keeps.
                    + "|\\b(record|keep|save)s? (every |each |all (the |our )?)(\\w+ )?(training |tuning )?runs?\\b"
                    + "(?!'?s? (inputs|outputs|artefacts|artifacts))"
                    + "|\\b(log|record|keep|save)s? (the )?(metrics|parameters|params|scores) (of|from|for) (every|each|all( the| our)?) "
                    + "(\\w+ ){0,3}(training |tuning )?runs?\\b"),
                    "experiment tracking runs parameters metrics"),
            new Reading(Pattern.compile("\\b(approval|rejection|acceptance|decline|flag|alert|click|conversion|default|fraud|churn) rates? "
                    + "(\\w+ ){0,4}(swings?|swinging|jumps?|jumping|jumped|moves?|shifts?|shifting|spiked|spikes?|lurches?|doubled|tripled|halved)\\b"
                    + "|\\bshare of (\\w+ ){0,8}(jumps|swings|shifts|spikes|doubles|halves)\\b"
                    + "|\\b(approv|flagg|reject|declin|accept|recommend)(ing|s|es) a (different|bigger|smaller|larger|higher|lower) "
                    + "(share|proportion|percentage|fraction|number) of\\b"
                    + "|\\b(the )?same (few |\\d+ |two |three |four |five |six |seven |eight |nine |ten |handful of )?"
                    + "(products|items|songs|articles|videos|offers|jobs|listings|ads|results) to (everyone|everybody|all (users|customers|candidates)"
                    + "|every (user|customer|candidate|visitor|shopper))\\b"),
                    "prediction distribution drift alert"),
            // What a model should achieve, argued over before it is built, is the design step's success metric.
            new Reading(Pattern.compile("\\b(disagree|argue|don't agree|do not agree|can't agree|cannot agree) (on|about|over) what (the |our |a )?(\\w+ )?"
                    + "model should (optimi[sz]e|maximi[sz]e|predict|target|achieve)\\b"
                    + "|\\b(choose|pick|define) (a|the) metric (for|that)\\b.*\\b(care about|business|managers?|stakeholders?)\\b"
                    // Or what it predicts, decided by whom: "who decides what the pumpkin farm's model should predict".
                    + "|\\b(agree|agreed|agrees|decide|decided|decides|settle|settled|define|defined|defines|set|sets) (with (\\w+ ){1,3})?(on )?what "
                    + "(a |the |our )?(good |successful |useful )?([\\w']+ ){0,3}model "
                    + "((must|should|has to|needs to|will have to) (achieve|do|reach|deliver|hit|beat|predict|forecast)|needs)\\b"),
                    "design success metric business"),
            new Reading(Pattern.compile("\\bkeeps? up (at|with|during) (the |a |our )?(\\w+ )?(peak|rush|spike)\\b"), "throughput latency load"),
            // Alerts that wake people and change nothing are too many, not too few.
            new Reading(Pattern.compile("\\balerts? (that )?(nobody|no one) (acted|acts|looked|looks|reads|read|checks|checked)\\b"
                    + "|\\b(ignored|ignoring|ignore|mute|muted|muting) (the |our |all )?(\\w+ )?alerts\\b"), "alert fatigue alerts people act on"),
            new Reading(Pattern.compile("\\b(people|customers|users|applicants|clients) from (one|a single|a particular|a certain) "
                    + "(postcode|zip code|region|area|city|country|neighbourhood|neighborhood)\\b"), "segment group"),
            new Reading(Pattern.compile("\\bin " + Symptoms.UNITS + " instead of\\b"
                    + "|\\b(arriv(es?|ed|ing)|com(es?|ing)|came|sent|reported|recorded|stored|given) in " + Symptoms.UNITS + "\\b"),
                    "unit change schema data validation range"),
            // Not a programming error's "index out of range".
            new Reading(Pattern.compile("\\boutside (the |its |their )?(\\w+ )?range\\b|(?<!\\bindex )\\bout of range\\b"
                    + "|\\b(negative|impossible|implausible) (\\w+ )?" + MEASURES + "\\b"
                    + "|\\b" + MEASURES + " (\\w+ )?(are|were|is|was|came in|come in) negative\\b"
                    + "|\\b((lengths?|durations?|ages?|weights?|heights?|prices?|sizes?) of|weigh(s|ed|ing)?|measur(e|es|ed|ing)) (zero|0|minus)\\b"
                    // Or that nothing in the world could give: "fruit weights nobody could pick off a tree".
                    + "|\\b" + MEASURES + " (that )?(nobody|no one|no \\w+) (could|can) (ever |possibly |physically |really )?\\w+"
                    // Or more than the place can hold: "visitor counts bigger than the building holds".
                    + "|\\b" + MEASURES + " (\\w+ )?(bigger|larger|higher|greater|more) " + THAN_THE_PLACE_HOLDS
                    + "|\\bmore (guests|people|visitors|passengers|riders|diners|campers|children|animals) " + THAN_THE_PLACE_HOLDS
                    + "|\\bfuture (birth ?dates?|dates of birth)\\b"
                    + "|\\b(timestamps?|dates?) (\\w+ )?(is |are |lie |set )?in the future\\b"
                    + "|\\b(dated|timestamped|stamped) (next (week|month|year)|tomorrow|in the future)\\b"
                    + "|\\b(strange|weird|suspicious|unexpected|invalid|bogus) values\\b"
                    // Past what is physically possible: "pressure readings above what the pipes can physically hold".
                    + "|\\b(above|below|beyond|over) what (the |a |its |our )?(\\w+ ){0,2}(can|could) (physically |possibly |ever )?(hold|reach|measure|take)\\b"
                    // A date that cannot come before another: "discharge dates before admission".
                    + "|\\b[\\w-]+ dates? (before|earlier than) (the )?(\\w+ )?(admission|start|order|purchase|opening|creation|sign-?up|birth)\\b"
                    + "|\\b(departures? (times? )?after (its |their |the )?arrival|arrivals? (times? )?before (its |their |the )?departure"
                    + "|(end|finish|checkout|check-out)s? (times? )?before (its |their |the )?(start|check-?in))s?\\b"
                    + "|\\b(ended|ends|finished|finishes|closed|closes) before (they|it) (began|begin|begins|started|start|starts|opened|opens)\\b"),
                    "out-of-range values data quality validation"),
            new Reading(Pattern.compile("\\bwhere (the |our )?(old|previous|last|earlier) (model|version)s? (was|were|is|are|lived|lives)\\b"),
                    "model registry previous version rollback"),
            new Reading(Pattern.compile("\\b(vms?|servers?|machines?|boxes|box|images?|environments?|clusters?) (\\w+ ){0,2}(set up|built|configured|installed)"
                    + " by hand\\b"), "reproducible environment container image ci/cd"),
            // Split by what is rolled back ("roll the churn model back"); "roll back" itself is the article's own words.
            new Reading(Pattern.compile("\\broll(s|ed|ing)? (?!back\\b)(\\w+ ){1,3}back\\b"
                    + "|\\b(turn|switch|shut) (off (\\w+ ){0,3}|(\\w+ ){0,3}off )(with)?in (minutes|seconds)\\b|\\bkill switch\\b"
                    + "|\\b(take|takes|taking|took|pull|pulls|pulling|pulled) (\\w+ ){0,4}out of (service|production|prod|rotation)\\b"
                    // A new model worse than the old: "the new model is worse, how do we switch back".
                    + "|\\bhow (do|can|should|would) (we|i) (switch|go|change|flip|swap) (it |them )?back\\b(?! to what\\b)"),
                    "rollback previous version"),
            new Reading(Pattern.compile("\\b(also|same way|the same) (computed|calculated|built) (in|on|for) (the )?(live|online|serving|scoring|production)\\b"
                    + "|\\b(compute|calculate|build|derive|produce)s? the same\\b.*\\b(training|offline)\\b.*\\b(live|online|serving|api)\\b"
                    + "|\\b(compute|calculate|build|derive|produce)s? (\\S+ ){0,5}the same way (live|online|in production|in serving) "
                    + "as (in training|when it (learned|learnt|was trained|trained))\\b"
                    + "|\\bin [\\w-]+ (for|during|at) training and in [\\w-]+ (live|online|in production|for serving|at serving time)\\b"
                    + "|\\b(counted|computed|calculated|built|derived) the same way (online and offline|offline and online|live and offline"
                    + "|in production|in prod|live|in serving|at serving time)\\b"
                    + "|\\b(use|uses|using|run|runs|share|shares) (the )?same code (to|for) (compute|calculate|build|derive|produce)\\b"
                    + "|\\bmeans? the same( thing)? in (the )?(\\w+ ){1,3}and (in )?(the )?(\\w+ ){0,2}(app|api|service|endpoint|till|website|frontend)\\b"
                    + "|\\bsees? (other|different) (features|inputs|values|data) in (production|prod|serving) than in training\\b"
                    // Two implementations of one feature: "stop the features being computed twice in different ways".
                    + "|\\b(features?|preprocessing|transformations?)\\b.*\\b(computed|calculated|built|derived|written|implemented|coded) "
                    + "(twice|two times|in two (places|ways)|(in )?(two|different) ways)\\b"),
                    "training-serving skew same feature code"),
            new Reading(Pattern.compile("\\b(own|separate|different) cop(y|ies) of (the |our )?(training )?(script|code|notebook|pipeline)s?\\b"),
                    "version control code reproducibility"),
            new Reading(Pattern.compile("\\bretrain\\w*\\b.*\\bor (only )?(when|if|once|after) (the )?(\\w+ ){0,2}"
                    + "(drift|metrics?|monitoring|performance|alerts?)\\b"
                    // A calendar set against any event: "retrain weekly or whenever agents relabel tickets".
                    + "|(?m:^)(?=.*\\bretrain\\w*\\b).*\\b(weekly|daily|monthly|nightly|quarterly|on a schedule"
                    + "|every (\\w+ )?(day|week|month|night|quarter)) (or|versus|vs\\.?) (only )?(whenever|each time|every time)\\b"),
                    "retraining triggers schedule or trigger"),
            new Reading(Pattern.compile("\\b(redeploy|deploy|bring back|restore|put back|(go|get|way|switch) back to) (\\w+ )?(last (week|month|quarter)'?s"
                    + "|the previous|an older|the old|yesterday'?s)( \\w+)? (one|model|version)\\b"
                    + "|\\b(flip|switch|roll|put|swap|take|move)(s|ped|ping|ed|ing)?( \\w+){0,3} back to ((mon|tues|wednes|thurs|fri|satur|sun)day'?s"
                    + "|yesterday'?s|last (week|month)'?s|the (previous|old|older|earlier|last good))( \\w+)? (build|model|version|release|one)\\b"),
                    "rollback previous version registry"),
            new Reading(Pattern.compile("\\bfall(s|ing)? back to\\b|\\bfallbacks?\\b"), "fallback service health"),
            new Reading(Pattern.compile("\\b(vocabulary|slang)\\b(?! files?)|\\bwords (customers|users|people|clients) (use|write|type)\\b"
                    + "|\\bfeature drift\\b"),
                    "data drift inputs"),
            new Reading(Pattern.compile("\\b(deployment|serving|inference) (modes?|options|styles)\\b(?! (exist |are there )?for (\\w+ )?"
                    + QuestionKind.FRAMEWORKS + ")"), "serving mode batch online streaming"),
            // Events scored one by one as they come: "feed click events into the recommender as they happen".
            new Reading(Pattern.compile("\\bas (they|it|events) (happens?|occurs?)\\b|\\b(score|scores|scoring|predict|classify) (every|each) (\\w+ ){1,2}"
                    + "as (it|they) (arrives?|comes? in|lands?)\\b|\\b(events?|clicks?|payments?|transactions?|messages?)\\b.*\\b"
                    + "(as soon as|the moment|the second) (they|it) (arrives?|comes? in|lands?|happens?)\\b"), "streaming events"),
            new Reading(Pattern.compile("\\bonly (place|machine|computer|laptop)\\b|\\bonly (on|from) (one|a|her|his|their|someone's) "
                    + "(laptop|machine|computer|workstation)\\b"), "reproducibility environment pipeline script"),
            new Reading(Pattern.compile("\\bworks on my (machine|laptop|computer)\\b|\\b(import ?error|module ?not ?found|modulenotfounderror)\\b"),
                    "reproducibility environment pinned dependencies container image"),
            new Reading(Pattern.compile("\\bbuilds? the same way\\b|\\bthe same way on (ci|the server|production|every machine)\\b"
                    + "|\\b(identical|the same) (between|across|in|on) (staging|test|testing|dev|development|ci) and (production|prod|live)\\b"),
                    "reproducible environment container image ci/cd"),
            new Reading(Pattern.compile("\\b(line|lines) up with (who|what) actually\\b|\\bwho actually (churned|bought|defaulted|left|clicked|converted)\\b"
                    // Predictions set against what then happened: "predicted no-shows match the guests who really stay away".
                    + "|\\b(predicted|predictions?|forecasts?|scores?)\\b.*\\b(match|matches|agree with) (the )?(\\w+ ){0,2}(who|that|which) (really|actually)\\b"
                    // Quality seen slipping is measured against outcomes: "how would we see the hockey model's accuracy slipping".
                    + "|\\b(see|spot|notice|catch|detect|tell)\\b (that |when |if )?(the |our |its )?([\\w']+ ){0,3}"
                    + "(accuracy|precision|recall|auc|error) (is )?(slipping|sliding|dropping|falling|declining|eroding|degrading)\\b"),
                    "model performance monitoring outcomes labels"),
            new Reading(Pattern.compile("\\b(unlike|different from) the ones? the model (learned|learnt|was trained) (from|on)\\b"
                    + "|\\b(moving|drifting|shifting|moved|drifted|shifted) (away )?from (what|the data|the mix) (the ([\\w-]+ ){0,2}\\w+|it) (was )?"
                    + "(trained|learned|learnt)( on| from)?\\b"
                    + "|\\b(look|looks|looking|are|is|behaves?|behaving|acts?|acting) (\\w+ )?different(ly)? (from|than|to) (in |during )?(the )?training"
                    + "( data| set)?\\b"
                    + "|\\b\\w+ differently (from|than) (what )?(it|the (\\w+ )?model) (learned|learnt|was trained|trained)( from| on)?\\b"
                    + "|\\b(are|is) (now )?a different (crowd|bunch|clientele|population|mix)\\b"
                    + "|\\b(inputs?|data|features?)( \\w+){0,3} (look|looks|are|is) nothing like\\b"
                    + "|\\b(missing|absent) from the (old |original |first )?training (set|data)\\b"),
                    "data drift distribution new population"),
            // What the people the model picked did next is the business outcome: "hires from it are leaving fast".
            new Reading(Pattern.compile("\\b(hires|recruits|new starters|customers|members|subscribers|tenants) (\\w+ ){0,3}(are |were )?"
                    + "(leaving|quitting|churning|dropping out) (fast|quickly|early|sooner)\\b"), "business metrics value outcome"),
            new Reading(Pattern.compile("\\bfalse (positives|negatives|alarms)\\b.*\\bover time\\b|\\bover time\\b.*\\bfalse (positives|negatives)\\b"),
                    "model performance monitoring precision recall"),
            // Runs set beside each other are compared in a tracker; models running side by side are shadowed.
            new Reading(Pattern.compile("(?m:^)(?=.*\\b(models?|versions?)\\b)(?!.*\\b(trials|runs|experiments|split)\\b)"
                    + ".*(?<!\\b(metrics|results) )\\bside by side\\b"),
                    "shadow"),
            new Reading(Pattern.compile("\\b(trials|runs|experiments)( \\w+){0,4} side by side\\b|\\beveryone's (trials|runs|experiments)\\b"),
                    "experiment tracking runs metrics"),
            new Reading(Pattern.compile("\\b(is ?n[o']t|is not|not) the (one|model|version) (that|which) "
                    + "(passed|was approved|was reviewed|we approved|we reviewed)\\b"
                    + "|\\b(exactly|precisely) the (one|model|version|file|build) (that )?(the )?(\\w+ ){0,2}(reviewed|approved|tested|validated)\\b"
                    + "|\\bbyte[- ]for[- ]byte\\b"),
                    "model registry version approval lineage"),
            new Reading(Pattern.compile(lifecyclePhase(SECOND_PLACE)), "train step"),
            new Reading(Pattern.compile(lifecyclePhase(LAST_PLACE)), "operate step"),
            new Reading(Pattern.compile("\\b(re)?training window\\b|\\bwindow (of data )?to (re)?train on\\b"
                    + "|\\bfrom scratch\\b.*\\bor (just |only )?(append|add|extend|tack on)\\b"), "which window to retrain on"),
            new Reading(Pattern.compile("\\b(track|watch|monitor|check|alert on)( \\w+){0,2} (about |on |for )(the |its |our )?inputs\\b"
                    + "|\\b(which|what) input (columns|fields)\\b.*\\b(watch|track|monitor)\\b"),
                    "data quality inputs missing values data drift distribution"),
            // Checks on the data a batch reads, not on each request a service takes.
            new Reading(Pattern.compile("\\b(track|watch|monitor|check|measure|alert on)( \\w+){0,2} (on|in|of|for) (the |its |our )?input "
                    + "(tables?|files?|feeds?|extracts?)\\b|(?m:^)(?=.*\\b(nightly|every night|batch|before)\\b).*\\binput (checks|tests)\\b"
                    + "|\\b(check|validate|inspect|test)\\w* ([\\w']+ ){0,3}input (tables?|files?|feeds?|extracts?|data|batch(es)?) before\\b"),
                    "data quality monitoring data validation missing values"),
            new Reading(Pattern.compile("\\b(belongs?|belonged) to the other\\b|\\bis the other('s| team's| group's)\\b"
                    + "|\\b(fall|falls|falling|fell) (through the cracks|between (the )?\\w+( \\w+)? and)\\b|\\bhow is (\\w+ ){1,3}(usually )?(divided|split)\\b"
                    + "|\\b(divide|split|share) (up )?(the )?(\\w+ )?(work|tasks|responsibilities|duties)\\b"),
                    "team collaboration ownership who does what"),
            new Reading(Pattern.compile("\\bwho (decides|approves|reviews|(should|must|can|may|gets to) (approve|review))\\b"
                    + ".*\\b(replace|replaces|promoted?|release|ships?|go live|goes live|deploy|new version|roll(s|ed|ing)? (it |them )?back|rollback)\\b"),
                    "approval gate governance"),
            new Reading(Pattern.compile("\\b(record|document|write down|keep track of|note)(s|ed|ing)? why (we|they|the team|someone) "
                    + "(picked|chose|selected|promoted|preferred|went with)\\b"), "experiment tracking record runs compare"),
            new Reading(Pattern.compile("\\bretrain\\w*\\b (\\w+ ){0,2}(when|whenever|if|once|as soon as) ([\\w']+ ){0,4}"
                    + "((drops?|falls?|dips?)( (below|under))?|goes (below|under))\\b"
                    + "|\\bretrain\\w* only (the )?(\\w+ ){0,2}(whose|where|that|which)\\b"), "retraining triggers performance threshold"),
            new Reading(Pattern.compile("\\bversion(s|ed|ing)? (the |our )?features\\b|\\bfeatures? versions?\\b|\\bfeature versioning\\b"),
                    "feature store data versioning"),
            new Reading(Pattern.compile("\\b(deploys?|deploying|ships?|shipping|releases?|releasing|promotes?|promoting) (itself|themselves)\\b"),
                    "approval gate human review automatic deployment"));

    private EverydayWords() {
    }

    /** A phase of the lifecycle named by its place: "the lifecycle's last phase", "the first stage of the ml project". */
    static String lifecyclePhase(String place) {
        var lifecycle = "(ml |mlops |model |project )?(lifecycle|life cycle|life-cycle|project)";
        var phase = place + " (phase|step|stage|part)";
        return "\\b(the )?" + lifecycle + "'?s? " + phase + "\\b|\\b" + phase + " (of|in) (the |an? )?" + lifecycle + "\\b";
    }

    /** The question with the articles' words for the everyday ones it uses added; unchanged when it uses none. */
    static String read(String question) {
        var text = question.toLowerCase(Locale.ROOT);
        var read = new StringBuilder(question);
        READINGS.stream().filter(r -> r.said().matcher(text).find()).forEach(r -> read.append(' ').append(r.written()));
        return read.toString();
    }
}
