package dev.mlopsguide.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Symptoms told in everyday words, mapped to the practices that explain them, so that "our model got worse and we
 * changed nothing" searches for drift, not for the words "worse" and "changed".
 */
final class Symptoms {

    /** What a symptom sounds like, the terms of the articles about its causes, and those articles, likeliest first. */
    private record Symptom(Pattern sounds, String causes, List<String> articles) {
    }

    /** What a model's outputs depend on besides its code and data: libraries, by kind or by name, and runtimes. */
    private static final String ENVIRONMENT = "(library|libraries|packages?|dependenc(y|ies)|framework|runtime|python|cuda"
            + "|(base |docker )?image|pandas|numpy|sklearn|scikit-learn|torch|pytorch|tensorflow|xgboost|lightgbm)";
    /** Where a model is tried before it serves: good there but poor in production is skew, not a segment. */
    /** What makes a model's inputs, and what happens to it: "the camera was replaced". */
    private static final String DEVICES = "(scanners?|cameras?|sensors?|devices?|microscopes?|equipment|hardware|firmware)";
    private static final String DEVICE_CHANGED = "(changed|switched|replaced|upgraded|swapped)";
    static final String WHERE_A_MODEL_RAN = "(notebook|training|tests?|offline|staging|dev|backtest|holdout|validation)";
    /** A new model's predecessor: worse than it, a model is a candidate a gate should have stopped, not decay. */
    private static final String REPLACED = "(one|model|version) it replaced";
    /** The model serving now, as a candidate is measured against it: "worse than the current one", "than the one in production". */
    static final String THE_LIVE_ONE = "the ((old|current|live|existing|previous|production) (one|model|version)"
            + "|(one|model|version) ((already|now|currently) )?(in production|live))";
    /** The units and scales a value may be given in, and so change to at its source: "in thousands", "in cents", "miles". */
    static final String UNITS = "(thousands|millions|cents|pence|dollars|euros|pounds|ounces|grams|kilos|kilograms|kg|metres|meters|feet|miles"
            + "|kilometres|kilometers|km|celsius|fahrenheit|seconds|milliseconds)";
    /** A candidate measured against the live model is a gate's comparison, not a loss. */
    private static final String THAN_THE_LIVE_ONE = "(?! than (" + THE_LIVE_ONE + "|the " + REPLACED + "))";
    /** A candidate described by what it is, "a model that is worse": a gate's question, not a model losing quality. */
    private static final String NOT_A_CANDIDATE = "(?<!\\b(model|version|candidate|one) (that|which) )";
    /** A model just released, named or not: "the new model", "the new laundromat model". */
    private static final String A_NEW_MODEL = "\\b(new|latest|retrained|fresh) ([\\w-]+ ){0,2}model";
    /** Data a model reads that its scoring job does not make: "the weather feed", "the supplier's prices", a feature. */
    private static final String INPUT_MADE_ELSEWHERE = "\\b(feeds?|suppliers?|vendors?|sensors?|third[- ]party|features?|upstream)\\b";
    /** A model no longer retrained, as told of the model, not of a job or a table: "the model had stopped updating". */
    private static final String MODEL_NOT_RETRAINED = "\\bmodels? (had |has |have )?(stopped|stops) (updating|retraining|being retrained|refreshing|learning)\\b"
            + "|\\bmodels? (hasn't|has not|hadn't|had not|haven't|have not) been (retrained|updated|refreshed)\\b";
    /** Who cannot say what a model was made of: "nobody knows which version", "we can't tell which dataset". */
    private static final String NOBODY_CAN_SAY = "\\b(nobody|no one|noone|don't|do not|can't|cannot) (can |could )?";
    /** An app or site that sends a model its inputs, as its owner: "the app's", "the website's". */
    private static final String AN_APPS = "(app's|website's|site's|frontend's|client's)";
    /** A group of the people or things a model serves, not the team asking: "pensioners", "first-time shoppers". */
    private static final String A_SERVED_GROUP = "(?!(us|me|our|the team|this|now)\\b)([\\w-]+ ){0,2}\\w+s\\b";

    // An alternative that looks ahead over the rest of the message starts at a line's start, (?m:^): tried at every
    // position, it would cost the square of the message's length.
    private static final List<Symptom> KNOWN = List.of(
            // Not a candidate compared with the live model: "a retrain must not deploy a model that is worse than the current one",
            // "stop a retrain from promoting a model that is worse on the newest month".
            new Symptom(Pattern.compile(NOT_A_CANDIDATE + "\\b(got|gets|getting|became|becomes|grew|is|are) (way |much |far |a lot |even )?worse\\b"
                    + THAN_THE_LIVE_ONE
                    + "|\\b(scores|predictions|probabilities) (are|were|look|looks) (now )?(all |suddenly )?(high|higher|low|lower|inflated|skewed)\\b"
                    + "|\\b(got|gets|getting|became|becomes|grow|grows|is|are) (a (little|bit) |slightly |much |way )?less "
                    + "(useful|accurate|reliable|relevant|precise)\\b" + THAN_THE_LIVE_ONE
                    // A model's quality, not its input data's: "the input data quality drops" is a data-quality question.
                    + "|\\b(accuracy|performance|(?<!data )quality|precision|recall|auc|predictions?|click-?through rate|ctr) "
                    + "(dropped|drops|fell(?! back)|falls(?! back)|went down|goes down|degraded|decreased|declined|is dropping|halved)\\b"
                    + "|\\bdegrad(ed|es|ing)\\b|\\bdecay(ed|s|ing)\\b|\\bstale model\\b(?! versions?)"
                    // A season or an event is a symptom only with a loss or a change: "keep it healthy after launch" is not.
                    // "Keeps paying off" is no loss, nor is "turn it off after launch".
                    + "|(?m:^)(?=.*\\b(worse|dropp(ed|ing)|drops|fell|falls|down|(?<!\\b(pay|pays|paying|turn|switch|shut)( \\w{1,20})? )off"
                    + "|wrong|weird|bad|shifted|drifted|changed|different|optimistic|pessimistic"
                    + "|null|lower|tanked)\\b).*\\b(after|since) (the |our |a )?(\\w+ ){0,2}(holidays?|summer|launch|pandemic"
                    + "|sale|campaign|new (\\w+ ){0,2}(opened|launched|arrived|started|began)|(opened|added|built|launched) (a |an )?new \\w+)\\b"
                    + "|\\b(predictions?|scores?) (all )?(shifted|drifted|changed|moved)\\b(?! for (the )?same\\b)"
                    + "|\\b(catch(es|ing)?|finds?|finding|detects?|detecting|flags?|flagging|rejects?|approves?|blocks?|blocking"
                    + "|declines?|declining) ((far |many |much |a lot |way |lots |noticeably |significantly |considerably |a bit |slightly )?"
                    + "(less|fewer|more)|half)\\b"
                    + "|\\b(alerts|flags|approvals|rejections|positives|declines) (doubled|tripled|halved|jumped|spiked)\\b"
                    + "|\\b(approves?|approving|rejects?|rejecting|declines?|declining|flags?|flagging|blocks?|blocking) (almost |nearly |hardly )?"
                    + "(nobody|no one|anyone|everyone|everybody|nothing|everything)\\b"
                    + "|\\b(flags?|flagging|catch(es)?|rejects?|approves?|blocks?|declines?) (twice|three times|double|half) as (many|much)\\b"
                    + "|\\b(flags?|flagging|catch(es)?|rejects?|approves?|blocks?|declines?) (\\d+ ?%|\\d+ percent) (more|fewer|less)\\b"
                    // A slow loss for the business: "slowly losing us bookings month after month".
                    + "|\\b(slowly|gradually|steadily|quietly) (los(e|es|ing)|lost) (us )?(customers|money|revenue|sales|clients|bookings|orders|users)\\b"
                    + "|\\b(clicked|used|opened|accepted|chosen|bought|read|watched) less and less\\b"
                    + "|\\bkeeps? (getting worse|declining)\\b|\\b(crept|creeps|creeping|slid|slides|sliding|slipped|slips|slipping|edged|edging) (down|lower)\\b"
                    + "|\\b(model|forecast|score|metric|accuracy|quality|precision|recall)s? keeps? dropping\\b"
                    // A model's error growing slowly: "the model's error creeps up a little each quarter".
                    + "|\\b(model|forecast|prediction)('s|s'|s)? (errors?|error rates?|mistakes) (\\w+ )?"
                    + "(crept|creeps|creeping|edg(es|ed|ing)|inch(es|ed|ing)) up\\b"
                    // A wrong habit since the world changed: "keeps sending vans to empty stations since the city added new docks".
                    + "|\\b(keeps? (sending|suggesting|recommending|predicting|routing|picking|choosing|placing|assigning|ordering|pricing"
                    + "|underestimating|overestimating)|confuses|mixes up|mistakes)\\b"
                    + ".*\\b(since (the|a|our) (\\w+ ){0,2}(added|opened|built|changed|introduced|launched|closed|moved|redesigned|switched)"
                    + "|(although|even though|despite) (the|a|our) new)\\b"
                    // Or since nature, the calendar or the offer changed: "missing blooms since the lake warmed", "underestimating absences
                    // since the new timetable started", "underpredicted cake sales since the new menu", "guessing too few visitors".
                    + "|(?m:^)(?=.*\\b(miss(es|ed|ing)|(under|over)-?(estimat|predict|book|stock|order|staff|pric)\\w*"
                    + "|(predict|guess|forecast|estimat)\\w* too (many|much|few|little|high|low)"
                    + "|(book|order|stock|staff|schedul|predict|expect)\\w* (far |way |much |many )?(more|fewer|less)\\b.*\\bthan)\\b)"
                    + ".*\\bsince ((the|a|our) )?"
                    + "(new\\b|(\\w+ ){0,2}(warmed|cooled|heated up|dried up"
                    + "|flooded|froze|thawed|got (warmer|colder|hotter|wetter|drier)|started|began|took effect|came in|moved|ended|closed"
                    + "|opened|launched|arrived)\\b)"
                    // Right until something happened in the world: "spot on until the new exhibition opened and now it's way off".
                    + "|\\b(was|were|used to be) (spot on|accurate|great|fine|good|reliable|solid)( \\w+){0,2} until\\b.*\\bnow\\b.*"
                    + "\\b(off|wrong|worse|useless|way out)\\b"
                    // Right when validated, wrong now the season turned: "90% accurate in validation and way off this season".
                    + "|\\b(is|are|'s|has been|have been) (\\w+ )?(off|wrong|worse|useless) this (season|year|quarter|spring|summer|autumn|fall|winter)\\b"),
                    "model decay data drift concept drift",
                    List.of("model-decay", "data-drift", "concept-drift", "retraining-strategies")),
            new Symptom(Pattern.compile("\\bworks? (well )?(offline|in (the )?notebooks?|in training|locally) but not in prod(uction)?\\b"
                    + "|\\b(fine|good|great|accurate|spot on) (in|on) (the )?(notebooks?|training|validation|offline evaluation|holdout|test set|backtests?)\\b"
                    + ".*\\b(but|(and|yet) (\\w+ ){0,2}(poorly|badly|terribly|worse|wrong))\\b"
                    // "Scored well in backtests but" is a business symptom below; well in testing and then off is this one.
                    + "|\\b(fine|good|great|accurate|well) in (testing|tests)\\b.*\\bbut\\b"
                    // Well where it was checked, badly where it works: "did well in validation but badly on real matches".
                    + "|\\bwell (in|on|during) (the )?(validation|holdout|test set|evaluation)\\b.*\\bbut (\\w+ ){0,2}(badly|poorly|terribly)\\b"
                    + "|\\b(offline|validation) (metrics|scores?) (are |were )?(good|great|fine) but\\b"
                    + "|\\b(passed|aced) (every|all) (the |its )?offline (tests?|checks|evaluations?)\\b.*\\b(tanked|failed|flopped|dropped|worse)\\b"
                    + "|\\b(live|production|online)\\b.*\\b(below|under|lower than|worse than) (what )?(the )?(validation|offline|test|holdout|training)\\b"
                    + "|\\b(training|offline) and (serving|production) (differ|disagree|don't match|do not match)"
                    + "|(?m:^)(?=.*\\b(offline|training|notebook|validation)\\b)(?=.*\\b(production|prod|online|live|serving)\\b)"
                    + ".*\\b(don't|do not|doesn't|does not|didn't|did not) match\\b"
                    + "|(?m:^)(?=.*\\b(offline|notebook|validation|test set|staging)\\b)"
                    + "(?=.*\\b(production|prod|online|live|serving|api|service|endpoint|(batch|scoring|nightly|scheduled) (job|run))\\b)"
                    + ".*\\b(but|worse|lower|differs?|different|other|mismatch(es)?)\\b"
                    + "|\\b(computed|calculated|built) differently (in|at|during|for) (training|serving|production)\\b"
                    + "|\\b(\\d+ ?%|very|highly) accurate (in|on|during) (testing|(the )?tests?|validation|evaluation|the test set)\\b.*\\bbut\\b.*"
                    + "\\b(wrong|useless|off|bad|poor)\\b"
                    // Two places the same model serves from that disagree: "different prices in the app and in the batch export".
                    + "|\\bdifferent (\\w+ ){0,3}in the (app|api|website|site|endpoint|service) and in the (batch|nightly|offline|daily|weekly) "
                    + "(export|job|table|file|run|report)\\b"
                    // The same model's score read in two places that disagree: "0.61 in the nightly table but the endpoint says 0.58".
                    + "|(?m:^)(?=.*\\b(nightly|batch|offline) (table|job|scores?|run|file|output)\\b)"
                    + ".*\\b(the )?(live|online|real-?time) (endpoint|api|service) (says|gives|returns|shows)\\b"
                    // Feature code written a second time where the model serves: "the preprocessing was rewritten in the api".
                    + "|\\b(preprocessing|feature (code|logic)|transformations?)( code| steps?)? (was |were |got |has been |have been )?"
                    + "(rewritten|re-?implemented|ported|copied|duplicated|redone) (in|into|for|inside) (the |our |a )?(\\w+ )?"
                    + "(api|service|serving|endpoint|app|backend)\\b"
                    // Right where it was tested, wrong where it works: "spotted gaps perfectly in testing but misses them in the stores".
                    + "|\\b(perfectly|flawlessly|fine|well|great) in (testing|(our |the )?tests?|evaluation|the lab)\\b.*\\bbut\\b.*\\b(in|at|on) (the )?"
                    + "(\\w+ )?(stores|shops|field|wild|real world|branches|offices|warehouses?|sites?|clinics|depots|plants|factories)\\b"),
                    "training-serving skew feature consistency",
                    List.of("training-serving-skew", "feature-stores", "model-decay")),
            new Symptom(Pattern.compile(A_NEW_MODEL + " (broke|breaks|is worse|made things worse|hurt)\\b"
                    + "|" + A_NEW_MODEL + "\\b.*\\b(underperforms|does worse than|is worse than|lost to)\\b"
                    + "|\\bundo (a|the) (model )?(release|deployment)\\b"
                    + "|\\b(retrained|redeployed|released|shipped|deployed|updated) (the |our )?(\\w+ ){0,3}and (now|since then) (the |our )?(api|endpoint|service"
                    + "|callers?|clients?) (rejects?|fails?|errors?|returns? errors?|breaks?|crash\\w*)\\b"
                    + "|\\b(after|since) (we )?(shipped|deployed|released|rolled out|pushed|launched) (the |a |our )?"
                    + "(new|latest|last) (model|version|release)\\b"
                    + "|\\b(after|since) (we )?(swapped|switched|replaced|upgraded|swapping|switching|replacing|upgrading) (in )?(the |a |our )?"
                    + "(new |latest )?(\\w+ )?(model|version)\\b"
                    // A loss and a release in one message: "click-through dropped the day we shipped the new ranker".
                    + "|(?m:^)(?=.*\\b(dropped|fell|sank|dipped|worse|broke|lost|tanked|plunged"
                    + "|complaints?( (at|from|about|in)( \\S+){1,3})? "
                    + "(doubled|tripled|quadrupled|soared|rose|spiked|went up|jumped|started|began|poured in|flooded in)"
                    + "|errors?( rate)? (spikes?|spiked|jumps?|jumped|doubled)"
                    + "|(shows?|gives?|returns?|recommends?|suggests?) the same (\\w+ ){0,2}(to|for) (everyone|everybody|every (user|customer|one))"
                    + "|(recommendations|predictions|suggestions|results|scores|answers) (are|were) (now )?all)\\b)"
                    + ".*\\b((we|they) (shipped|deployed|released|rolled out"
                    // Launched somewhere is a new market, not a release: "recall dropped after we launched in a new market".
                    + "|launched(?! (in|into) ))(?! nothing)|went out|went live(?! anyway)|got deployed|was (deployed|released|shipped|rolled out)"
                    + "|(after|since) (the|our) (new )?(model|ranker|scorer|classifier|recommender|version) (swap|switch|switchover|release|rollout"
                    + "|deploy|deployment)"
                    + "|(after|since) (yesterday'?s?|last night'?s?|today'?s?|this morning'?s?|(mon|tues|wednes|thurs|fri|satur|sun)day'?s?"
                    + "|(the|our) (last|latest)|the|a) "
                    + "(release|deploy|deployment|rollout))\\b"),
                    "model rollback release canary",
                    List.of("model-rollback", "canary-releases", "blue-green-deployment", "ab-testing-models")),
            // Better offline, worse for the business once live: offline metrics do not foretell business impact.
            new Symptom(Pattern.compile("(?m:^)(?=.*(\\b(better|higher|improved)\\b.{0,20}\\b(offline|on the (test|holdout|validation) set)\\b"
                    + "|\\b(won|aced|passed) (every|all|each) (the |its )?offline\\b"
                    + "|\\b(beat|beats|outperformed|outscored) (the )?(old|current|existing|live) (one|model|version) offline\\b"
                    + "|\\b(offline|validation|test set) (metrics?|scores?|auc|accuracy) (improved|went up|rose|(were|are|was|is|looked) (better|up))\\b"
                    + "|\\b(scored|did|performed|looked) (well|great|fine|good) (in|on) (the )?(backtests?|offline (tests?|evaluation)|validation|test set)\\b))"
                    + ".*\\b((conversions?|revenue|sales|clicks|click-through|bookings|sign-?ups|orders|retention|engagement|applications|purchases) "
                    + "(dropped|fell|sank|dipped|went down|declined|got worse|(are|is) down)"
                    + "|(lose|loses|losing|lost) (us )?(customers|money|revenue|sales|clients|members))\\b"),
                    "a/b test business metric offline metrics",
                    List.of("ab-testing-models", "model-rollback", "monitoring-beyond-accuracy")),
            // A worse candidate that reached production: the gate before release let it through.
            new Symptom(Pattern.compile("\\bworse than the " + REPLACED + "\\b|\\b(went|got pushed|was deployed|shipped) (live|out) anyway\\b"
                    + "|\\b(promoted|deployed|released|shipped|pushed|published) (a |the |any )?(new |retrained )?(model|version|candidate) "
                    + "(that|which) (was|scored|performed) (\\w+ )?worse\\b"
                    // Found only after it went out: "a retrain on bad data got promoted and nobody caught it".
                    + "|\\b(retrain(ed)?|new|candidate)\\b.*\\b(got|was|were) (promoted|deployed|released|shipped|pushed)\\b.*\\b(nobody|no one) "
                    + "(caught|noticed|spotted)\\b"
                    // A retrain worse than the model before it: "the weekly retrain produced a model much worse than last week's".
                    + "|(?m:^)(?=.*\\bretrain\\w*\\b).*\\bworse than last (week|month|night|quarter)'s\\b"),
                    "validation gate compare against the current model before release",
                    List.of("retraining-triggers", "governance-approval-gates", "ci-cd-for-ml")),
            new Symptom(Pattern.compile("\\bmiss(es|ed|ing)? (the |a )?new (kinds? of |types? of |sorts? of )?"
                    + "(patterns|cases|fraud|tactics|behaviou?r|scams?|attacks?|trends?)\\b"
                    + "|\\b(fraudsters|customers|users|people|visitors|members|shoppers|players|patients|callers) (changed|adapt(ed)?|behave differently)\\b"
                    + "|\\b(customer|user|buyer|shopper|client)s?'? behaviou?r (has )?(changed|shifted)\\b"
                    + "|\\bthe same ([\\w-]+ ){0,2}(inputs?|features?|details|data|profiles|applications|values) (now )?(lead|leads|led|give|gives|result) "
                    + "(to |in )?(different|other)\\b"
                    + "|\\b(a |the |our )?(competitor|rival)s? (opened|launched|entered|started|moved in|cut (their |its )?prices)\\b"
                    // The same inputs, now wrong answers: the relation between them changed.
                    + "|(?m:^)(?=.*\\b(inputs?|features?) (look|looks|are|is|seem|seems|stay|stayed|stays) ((just |exactly )?(like|as) (in |during )?"
                    + "(training|before)|unchanged|the same|stable|normal)\\b)"
                    + ".*\\b(miss(es|ed|ing)?|wrong|worse)\\b"
                    // Steady outputs while what they should prevent grows: "scores look the same but complaints keep rising".
                    + "|(?m:^)(?=.*\\b(scores?|predictions?|outputs?) (look|looks|are|is|seem|seems|stay|stayed|stays) (unchanged|the same|stable|normal)\\b)"
                    + ".*\\b(complaints?|returns|refunds|losses|escalations|cancellations) (\\w+ )?(keeps? )?(rising|growing|climbing|increasing|going up)\\b"),
                    "concept drift retraining recent data",
                    List.of("concept-drift", "model-decay", "retraining-strategies")),
            // A population the model never saw: "way off since the new store openings", "fell after we opened to a new country";
            // not a new group set against another ("great for new users but worse for long-time customers"), a segment.
            new Symptom(Pattern.compile("(?m:^)(?!.*\\bbut\\b)(?=.*\\b(off|wrong|worse|bad|weird|jumped|spiked|shifted|fell|dropped|lower)\\b).*\\bnew "
                    + "(customers|users|clients|markets?|regions?|stores?|segments?|country|countries|products)\\b"
                    // What the people served bring now is not what the model learned from: "customers now bring different shoes than in training".
                    + "|\\b(customers|users|clients|shoppers|visitors|guests|patients|players|members|riders|callers|buyers) (now )?"
                    + "(\\w+ ){0,2}different (\\w+ ){0,2}than (in |during )?(training|the training data)\\b"),
                    "data drift new population model decay",
                    List.of("data-drift", "model-decay", "concept-drift", "retraining-strategies")),
            new Symptom(Pattern.compile("\\bupstream\\b.*\\b(chang(ed|es|ing)|flipped|renamed|switched)\\b"
                    + "|\\b(vendor|supplier|partner|provider|processor|bank|system)('s)? (changed|updated|switched|modified) (their |its |the )?"
                    + "(api|feed|format|schema|export|units?|currenc(y|ies)|encoding|codes|ids|time ?zones?)\\b"
                    + "|\\b(changed|updated|switched|modified) how (it|they|the \\w+) (encodes?|codes|formats?|records?|labels?)\\b"
                    + "|\\b(schema|table|column|feed|field|currency|currencies|unit|format|encoding|time ?zone)s?( types?| names?)? "
                    + "(changed|broke|disappeared|flipped|was renamed|were renamed|went missing|vanished)\\b"
                    + "|\\b(switch|switched|switches|moved|changed|converted) (\\w+ ){0,3}to (utc|local time)\\b"
                    + "|\\b(changed|redesigned|updated|reworked|modified) (the |our |their )?(\\w+ ){0,2}(form|questionnaire|checkout page)\\b"
                    + "|\\b(form|questionnaire|app|page|export|feed)s? (got|gained|added|grew|now has) (a |an )?new (\\w+ ){0,2}"
                    + "(field|column|question|input|type|option|category)\\b"
                    + "|\\b(feature|column|field|value|input)s? (is |are )?(now |suddenly )?(null|empty|blank|missing|nan) (for|on|in|since)\\b"
                    + "|\\bpredicts? (zero|0|nothing|the same (value|number)) for (every|all|each)\\b"
                    + "|\\b(sends?|routes?|assigns?|puts?|classif(y|ies)|labels?) (every|each|all) (\\w+ ){0,2}(to|as|into) (the )?(same |one )?(\\w+ )?"
                    + "(queue|class|bucket|category|team|group)\\b"
                    + "|\\b(predictions?|scores?) (all |now |have |has |are |were )*(cluster|clustered|bunch|bunched|pile up|piled up|collapse|collapsed) "
                    + "(near|around|at) (zero|0|one|1)\\b(?![.,]\\d)"
                    + "|\\b(after|since) the (\\w+ )?(currency|schema|unit|format|time ?zone|encoding) (update|change|switch)\\b"
                    + "|\\b(after|since) the (new |latest )?(\\w+ )?firmware\\b|\\bfirmware (update|upgrade|change|rollout)\\b"
                    + "|\\b(changed|altered|modified|switched|reformatted) (the |a |an |one |its |their )?(\\w+ )?(field|column|date|file|input|export"
                    + "|feed|data|record)s? (formats?|types?|encodings?|layouts?)\\b"
                    // A new system at the source of the data: "after the warehouse moved to a new erp".
                    + "|\\b(moved|migrated|switched|changed|upgraded|went) (over )?(to|onto) (a |the )?new (\\w+ )?(erp|crm|billing system|pos|till system"
                    + "|source system|order system|booking system)\\b"
                    + "|\\b(after|since|during) (the|our) (\\w+ ){0,2}(erp|crm|billing|pos|(source )?system) (migration|upgrade|switch|switchover|cutover|move)\\b"
                    // Off by a round factor is a unit changed at the source: "a thousandfold", "ten times higher".
                    + "|\\b(tenfold|hundredfold|thousandfold|(ten|a hundred|a thousand|100|1000) times (higher|larger|bigger|lower|smaller))\\b"
                    + "|\\b(started|starts|began|begins) (arriving|coming( in)?|being (sent|reported|recorded|stored)) in " + UNITS + "\\b"
                    + "|\\b(switched|changed|moved|converted) (over |(\\w+ ){1,2})?to " + UNITS + "\\b"
                    + "|\\b((started|starts|began) (reading|using|pulling|loading) (from )?|(moved|migrated|switched) (over )?to )"
                    + "(a |the )?new (\\w+ ){0,2}(table|source|feed|extract|view)\\b"
                    + "|\\b(after|since) (the |a )?new (\\w+ )?(template|layout|form|format)\\b"
                    // Inputs changed before they reach the model: "since the app started compressing the photos".
                    + "|\\b(after|since) (the |our )?(\\w+ )?(app|website|camera|phone|scanner|sensor)s? (started|began) "
                    + "(compress|resiz|crop|encod|rotat|scal|downsampl)\\w*"
                    // The app that sends the inputs changed, not the model: "after the mobile app's new release".
                    + "|\\b(after|since) (the |our )?(\\w+ )?(app|website|" + AN_APPS + ") (new )?(release|update|redesign|version)\\b"
                    + "|(?m:^)(?=.*\\b(halved|dropped|fell|doubled|jumped|worse|wrong|lower|higher)\\b).*\\b" + AN_APPS + " new (release|update|version|build)\\b"
                    + "|\\b(half|many|most|some|a third|a quarter|\\d+ ?%) of (the )?(\\w+ )?(records|rows|events|requests|inputs)\\b"
                    + ".*\\b(empty|blank|missing|null)\\b"
                    + "|\\brenam(es|ed|ing) (the |our |a )?(\\w+ ){0,2}(columns?|fields?|codes|categories|tables?|features?)\\b"
                    + "|\\b(predictions?|scores?)\\b.{0,40}\\b(look|looks|are|is|seem|seems) (\\w+ )?(weird|odd|strange|off|wrong)\\b"
                    // "The same few products to everyone" is a narrow spread, not one value for all.
                    + "|\\bsame (?!few\\b)(\\w+ ){0,2}(for|to) (everyone|everybody|all (users|customers)"
                    + "|every (user|customer|one|request|call|input|row|record|applicant))\\b"
                    + "|\\b(every|each|all) (customer|user|client|visitor|shopper)s? (gets?|got|sees?|saw|receives?|received) the same\\b"
                    + "|\\b(all|every|each) (the |our )?(predictions?|scores?)( (in|from) (production|prod|the \\w+))? (are|were|is|was|came out|come out)( as)? "
                    + "(exactly |always |stuck at )?(the same|identical|constant|zero|empty|null|nan)\\b"
                    + "|\\b(all|every|each) (the |our )?(predictions?|scores?) (are|were|is|was) (exactly|always|stuck at) \\d"
                    + "|\\b(predictions?|scores?) (for|of) (every|each|all)( \\w+){1,4} (are|were|is|was) (now |suddenly |all )?"
                    + "(zero|null|empty|nan|the same|identical)\\b"
                    + "|\\b(top|most important|main|strongest) (feature|predictor)\\b.{0,40}\\b(flipped|switched|jumped|is now|became)\\b"
                    + "|\\b(features?|columns?)\\b.*\\b(zero|no) importance\\b|\\bimportance (dropped|fell|went) to (zero|0|nothing)\\b"
                    + "|\\b(predictions|scores) (are|were|came out|come out) (all|every one) (exactly |stuck at )?"
                    + "(the same|identical|constant|zero|empty|null|nan|\\d+(\\.\\d+)?)\\b"
                    + "|\\b(predictions|scores|outputs) (now )?all (look|looks|seem|seem to be|are|were|come out|came out) (the same|identical|alike)\\b"
                    + "|\\b(predictions?|scores?|forecasts?|estimates?|outputs?) (went|go|goes|dropped|fell) to (zero|null|nan)\\b"
                    + "|\\b(labell?ing|classifying|marking|tagging|routing) (everything|every \\w+|all (the )?\\w+) as\\b"
                    + "|\\b(marks|labels|tags|classifies|flags) (everything|every \\w+|all (the )?\\w+)( (from|in|on|of) (the |a |our )?(\\w+ ){0,3}\\w+)? as\\b"
                    + "|(?m:^)(?=.*\\b(since|after|suddenly|started|today)\\b).*\\b(suggests|recommends|predicts|returns|picks|offers) ([\\w-]+ ){1,3}(for|to) "
                    + "(everything|everyone|everybody|every \\w+|all (the )?\\w+)\\b"
                    + "|\\b(let|lets|letting|passed|passes|waved|waves) (through|in) (every|all|each) (\\w+ ){0,3}(from|of|in)\\b"
                    + "|\\b(predictions?|scores?|forecasts?|outputs?|estimates?) (are|were|is|was|came out|come out) (now |suddenly |all )?"
                    + "(identical|the same|constant|zero|null|empty) (for|across|to) (every|each|all)\\b"
                    // The device that makes the inputs changed: "after the hospital changed scanners", "since the camera was replaced".
                    + "|\\b(after|since) (the |our |a )?(\\w+ ){0,2}" + DEVICE_CHANGED + " (its |their |the |our )?(\\w+ )?" + DEVICES + "\\b"
                    + "|\\b(after|since) (the |our |a |its |their )?(\\w+ )?" + DEVICES + " (was|were|got|has been|have been) " + DEVICE_CHANGED + "\\b"
                    + "|\\b(says|predicts|thinks|estimates|forecasts|claims) (that )?(every|each) [\\w-]+ (arrives|lands|finishes|takes|costs|needs|is|will)\\b"
                    + "|\\b(reads|predicts|gives|returns|scores|labels|tags|classifies) (every|each|all) ([\\w-]+ ){1,2}as \\d"
                    // Scores squeezed into a narrow band for everyone: an input gone constant or missing, not the world changing.
                    + "|\\b(scores|scored|rates|rated|predicts|predicted|gives|gave|puts) (everyone|everybody|everything|every \\w+|all (\\w+ )?\\w+s) "
                    + "(between|around|near|close to) \\d*\\.?\\d"
                    + "|\\b(garbage|nonsense|rubbish) (predictions|scores)\\b|\\b(predictions?|scores?)\\b.{0,40}\\b(garbage|nonsense|rubbish)\\b"
                    + "|\\b(after|since) (the|our|a) (\\w+ ){0,2}(clean-?up|cleansing|deduplication|de-?dup|reformatting)\\b"
                    // Timestamps read in the wrong zone: outputs that shift when the clocks do.
                    + "|\\b(the )?clocks? (changed|change|went (forward|back)|go (forward|back))\\b|\\bdaylight sav(ing|ings)\\b"
                    // Decay is slow: outputs that move overnight most likely met a change in the data's shape.
                    + "|\\b(doubled|tripled|quadrupled|halved|jumped|spiked|plunged|collapsed|shot up|dropped|fell|changed|shifted)( \\w+){0,4} overnight\\b"
                    // A migration moves data, not the world: what changed after it is most likely the data's shape.
                    + "|(?m:^)(?=.*\\b(worse|dropp(ed|ing)|fell|off|wrong|weird|odd|bad|shifted|changed|different|jumped|null|empty"
                    + "|lower|higher)\\b).*\\b(after|since) (the |our |a )?(\\w+ ){0,2}migration\\b"
                    // Outputs that moved while the model did not: its inputs did.
                    + "|(?m:^)(?=.*\\b(double|doubled|halved|tripled|jumped|spiked|changed|different|higher|lower)\\b)"
                    + ".*\\b(model|model file|weights|artifact|artefact|binary) (is|was|are|were|stayed|remained|has stayed) "
                    + "(byte[- ]for[- ]byte |bit[- ]for[- ]bit |exactly |still )?(the same|unchanged|identical|untouched)\\b"),
                    "data quality schema data validation",
                    List.of("data-validation", "data-quality-monitoring", "model-decay")),
            new Symptom(Pattern.compile(NOBODY_CAN_SAY + "(knows?|tell|say) which "
                    + "(model|version)\\b|\\bwhich (model|model version|version|build|release)( of (the |our )?(\\w+ ){0,4}models?)? (is )?(now |currently )?"
                    + "(in production|deployed|live|serves|serving)\\b"
                    + "|\\bwhich (of (the|our) )?(\\w+ ){0,4}(is|was) the one (in production|live|deployed|serving)\\b"),
                    "model registry production version lineage",
                    List.of("model-registry", "model-lineage")),
            new Symptom(Pattern.compile(NOBODY_CAN_SAY + "(knows?|tell|say|remembers?) (which|what) "
                    + "(dataset|data|data version|snapshot|training data|commit|code)\\b"),
                    "model lineage data versioning snapshot",
                    List.of("model-lineage", "data-versioning")),
            new Symptom(Pattern.compile("\\bwho (owns|is responsible for|is in charge of|looks after|takes care of|takes over)\\b"
                    + "|\\b(nobody|no one) (remembers(?! (which|where|what))|owns|knows who(?! (approved|signed|okayed)))\\b"
                    // Whom to call about a model, or who fixes it, not anything ("the office wifi keeps dropping - who fixes that").
                    + "|(?m:^)(?=.*\\b(models?|predictions?|scores?|alerts?|pipelines?|jobs?|drift|api|endpoint|service|retrain\\w*|features?)\\b)"
                    + ".*\\bwho ((to|do we|should we|should i|do i) (call|page|ping|contact|tell|ask)|fixes|(should|will|must) (be |get )?(woken|paged|called))\\b"),
                    "model owner on-call ownership",
                    List.of("model-ownership")),
            new Symptom(Pattern.compile("\\b(job|pipeline|run|batch)\\b.*\\b(didn't|did not|failed to|never) (run|finish|arrive)"
                    // Not knowing where or which: "nobody knew where the old model was" is about the registry.
                    // Nor a slow loss of quality nobody noticed: that is decay nobody watched; nor a model no longer retrained.
                    + "|(?m:^)(?!.*(\\b(slowly|gradually|degrad\\w*|decay\\w*)\\b|" + MODEL_NOT_RETRAINED + "))"
                    + ".*\\b(nobody|no one) (noticed|saw|spotted|realised|realized|knew)\\b"
                    + "(?! (where|which|who|what|how)\\b)"
                    + "|\\bsilently (failed|stopped|reused|re-used|kept using)\\b"
                    + "|\\b(reused|re-used) (the )?(old|stale|last week's|yesterday's|cached) (features|data|inputs|scores)\\b"
                    + "|\\b(fail(s|ed|ing)?|stopp(ed|ing)) (quietly|silently)\\b"
                    // Labels that stop arriving are a monitoring gap, not a job that did not run; nor are a feed, a feature or readings that stop.
                    + "|(?<!labels |outcomes |truth |feedback |readings |rows |records |events |feed |feeds )\\bstopped (running|arriving)\\b"
                    + "|\\bno (fresh|new) predictions\\b"
                    + "|(?m:^)(?!.*(" + INPUT_MADE_ELSEWHERE + "|" + MODEL_NOT_RETRAINED + "))"
                    + ".*(?<!labels |outcomes |truth |feedback )\\bstopped (updating|refreshing)\\b"
                    + "|\\bno (fresh |new )?predictions (since|for|today|yesterday|this)\\b"
                    + "|\\b(tables?|feeds?|features|data|predictions|scores|numbers|dashboards?) (has been|have been|is|are|was|were"
                    + "|got|look|looks) (frozen|stale)\\b"
                    + "|\\b(hasn't|has not|haven't|have not) (updated|refreshed|changed) (since|for|in)\\b"
                    + "|\\b(still|has been|have been|kept) (shows?|showing|displays?|displaying|serving|has|have) (last|yesterday's|old|last week's)\\b"
                    + "|\\b(dashboards?|reports?|tables?|scores|predictions|outputs?) (is|are) (a|one|two|three) (day|night|week)s? behind\\b"
                    + "|\\b(wrote|writes|produced|produces|returned|returns|output|outputs) (zero|no|0|empty) (rows|records|predictions|scores|files?)\\b"),
                    "batch job did not run alert deadline",
                    List.of("batch-deployment", "service-health-monitoring", "orchestration")),
            // The pipeline that retrains it stopped: the run's failure and the model's age are what was not watched.
            new Symptom(Pattern.compile(MODEL_NOT_RETRAINED),
                    "training pipeline failed runs alert model age freshness retraining",
                    List.of("orchestration", "monitoring-beyond-accuracy", "retraining-triggers")),
            new Symptom(Pattern.compile("(?m:^)(?=.*" + INPUT_MADE_ELSEWHERE + ").*\\bstopped (updating|refreshing)\\b"
                    // A model fed old inputs: "scoring on stale exchange rates".
                    + "|\\b(scor(e|es|ed|ing)|predict(s|ed|ing)?|running|ran) on (stale|outdated|out-of-date) (\\w+ ){0,2}"
                    + "(rates|prices|inputs|features|data|values|figures|records)\\b"),
                    "data quality monitoring stale fresh records",
                    List.of("data-quality-monitoring", "monitoring-beyond-accuracy")),
            new Symptom(Pattern.compile("\\b(can't|cannot|can not|couldn't|unable to|fail to|failed to) (reproduce|rebuild|retrain)\\b"
                    + "|\\b(nobody|no one) can (reproduce|rebuild|recreate)\\b"
                    + "|\\b(every|each) (retrain|rerun|run)( \\w+){0,2} (gives|produces|returns) (a )?(slightly |very |completely )?different "
                    + "(numbers|results|scores"
                    + "|metrics|weights|models?|top (ten|\\d+)|rankings?|lists?)\\b"
                    + "|\\b(different|other) results? (every|each) (time|run)\\b"
                    + "|\\bsame (metrics|accuracy|auc|scores)\\b.*\\bdifferent (predictions|outputs|answers)\\b"
                    + "|\\b(same|identical) (settings|code|data|config|configuration|parameters|seeds?)\\b.*\\b(different|differ|other"
                    + "|(recall|precision|accuracy|auc|f1|scores?|metrics?|results?) (changed|moved|shifted))\\b"
                    + "|\\b(trained|ran|run|train) the \\W?same\\W? (\\w+ )?(model|pipeline|notebook|code|script|thing|job|experiment)\\b"
                    + ".*\\b(different|differ|other)\\b"
                    + "|\\b(two|2|both|repeated) runs of the same (\\w+ ){0,2}(model|pipeline|notebook|code|script|job|experiment)\\b"
                    + ".*\\b(different|differ|other)\\b"
                    + "|\\b(two|2|both|repeated|separate) (training )?runs\\b.*\\b(never|don't|do not|won't|rarely) (give|produce|get|return|end up with) "
                    + "the same\\b"
                    + "|(?m:^)(?=.*\\b(train|trained|training|retrain|retrained|retraining|rerun|rebuild)\\b)"
                    + ".*\\b(get|gets|getting|got|rebuild|produce|reproduce) the same (model|results?|numbers|scores|weights)\\b"),
                    "reproducibility data versioning lineage",
                    List.of("reproducibility", "data-versioning", "model-lineage")),
            // Outputs that change with the environment or with the code that computes them: "after the library upgrade the
            // scores differ", "since we ported the features to spark the same inputs score differently".
            new Symptom(Pattern.compile("\\b(after|since) (the |a |an |our )?(\\w+ )?" + ENVIRONMENT + " (upgrade|update|bump|change)s?\\b"
                    + "|\\b(upgrad|updat|bump)(ed|ing) (the |our )?(\\w+ )?" + ENVIRONMENT + "\\b"
                    + "|\\b(scores?|predictions?|outputs?) (\\w+ )?(moved|changed|differ|shifted|drifted) for (the )?same "
                    + "(inputs|customers|rows|records|data|users)\\b"
                    + "|\\b(switched|moved|migrated|ported|rewrote) (\\w+ ){0,3}(to|in) (spark|pyspark|polars|sql|dbt|pandas)\\b"
                    + "|\\b(moved|switched|upgraded|bumped|went) to (a |the )?(newer|later|latest|new) (version of )?(\\w+ )?" + ENVIRONMENT + "\\b"
                    + "|\\bnewer (version of )?(the )?" + ENVIRONMENT + "\\b"
                    // Two machines, two answers: "a different answer on the laptop and on the server for the same night".
                    + "|(?m:^)(?=.*\\b(laptops?|desktops?|workstations?)\\b)(?=.*\\b(servers?|cluster|cloud|containers?)\\b)"
                    + ".*\\b(different (answers?|results?|predictions?|scores?|outputs?|numbers)|(answers|scores|predicts) differently)\\b"),
                    "reproducibility environment pinned library versions training-serving skew",
                    List.of("reproducibility", "training-serving-skew")),
            // Not a forecast's error ("the stores whose error grew"), which is its quality.
            new Symptom(Pattern.compile("\\b(latency|response times?|p99|(?<!\\b(whose|their|its|forecast|prediction|model's) )errors?|timeouts?) (spikes?|spiking"
                    + "|went up|increased|is high|are high|doubled|tripled|jumped|grows|grew|keeps (growing|rising|climbing)|creeps up|crept up)\\b"
                    + "|\\b(doubled|tripled|increased|raised) (our |the |its )?(latency|response times?|p99)\\b"
                    + "|\\b(memory|ram|cpu)( usage| use)? (keeps )?(climb(s|ing)?|grow(s|ing)?|leak(s|ing)?|spik(es|ing)|is maxed)\\b"
                    + "|\\b(keeps|kept) (restarting|crashing)\\b|\\b(api|service|endpoint|server)s? (keeps )?(falls|fell|falling|fall) over\\b"
                    + "|\\bslow (api|service|endpoint|predictions)\\b|\\btim(es|ed|ing) out\\b"
                    + "|\\b(model|api|service|endpoint|predictions?) (has|have) been (\\w+ )?slow(er)?\\b"
                    + "|\\b(calls|requests)( \\w+){0,5} (never (come|comes|came) back|never (return|get answered)|go unanswered|hang)\\b"
                    + "|(?m:^)(?=.*\\b(predictions?|requests?|responses?|api|endpoint|service|scoring|inference|traffic|load)\\b)"
                    // Not a switch or a way back wished to be quick: "so switching over takes seconds".
                    + ".*\\b((?<!\\b(over|back) )tak(e|es|ing) ((\\w+ )?(seconds|forever|ages)|(twice|three times|much|far) (as long|longer))"
                    + "|(gets?|got|getting|is|are|grew|became) slow(er)?"
                    + "|slow(s|ed|ing)? down|(returns?|returning|throws?|throwing|gives|giving|(come|comes|came|coming) back( as| with)?)"
                    + " (\\w+ )?(errors|5xx|500s))\\b"),
                    "service health monitoring latency errors",
                    List.of("service-health-monitoring", "online-deployment")),
            // Good for some, poor for others: a segment to watch, not the whole model decaying.
            new Symptom(Pattern.compile("\\b(great|good|fine|better|works( well)?) (for|on|with) (\\w+ ){0,3}but (is |are )?"
                    + "((worse|bad|poor|awful|terrible|weak) (for|on|with)|misses|fails on)\\b"
                    + "|\\bwhile (the )?(\\w+ ){1,2}(ones|customers|users|stores|regions?|accounts|products|categories|markets|countries) "
                    + "(look|looks|are|is|seem|stay|stayed)"
                    + " (normal|fine|ok|okay|good|stable)\\b"
                    + "|(?m:^)(?=.*\\b(wrong|off|worse|bad|poor|fail\\w*|miss\\w*|(over|under)-?(estimat|predict)\\w*)\\b).*\\bonly (in|for|on|at|with) "
                    + "(the |our |its )?(\\w+ ){0,2}(stores|shops|branches|regions|areas|cities|countries|markets|customers|clients|users"
                    + "|accounts|segments?)\\b"
                    + "|\\bfor (one|a single) (\\w+ )?(languages?|regions?|countries|markets?|segments?|groups?|stores?) only\\b"
                    // Not a place the model ran in ("fine in the notebook but off in the app" is skew).
                    + "|\\b(spot on|accurate|fine|great|good) in (?!(the )?" + WHERE_A_MODEL_RAN + "\\b)(the )?"
                    + "\\w+( \\w+)? but (\\w+ ){0,2}(off|wrong|worse|bad|poor) in\\b"
                    + "|\\b(does|do|did|performs?|performed|works?|worked|scores?) (much |a lot |far |noticeably )?(worse|poorly|badly) for "
                    + A_SERVED_GROUP
                    + "|\\b(errors?|error rates?|accuracy|mistakes)( \\w+){0,2} (is|are|was|were) (\\w+ ){0,2}(higher|worse|lower|as high|as bad) for "
                    + A_SERVED_GROUP
                    + "|\\b(fine|good|ok|okay|great|healthy|stable) (overall|on average|in aggregate|in total)\\b.{0,30}\\b(worse|poor|bad|off|wrong) "
                    + "(for|in|on) " + A_SERVED_GROUP),
                    "segment group per segment monitoring",
                    List.of("monitoring-beyond-accuracy", "model-performance-monitoring")),
            new Symptom(Pattern.compile("\\bbugs? in (a |the |our |one )?(\\w+ )?(features?|preprocessing|transformations?)\\b"),
                    "unit tests feature code training-serving skew",
                    List.of("testing-ml-code", "training-serving-skew")));

    /**
     * The symptom of decay ("got worse", "dropped"), told beside most others: told with a more specific one, its
     * likeliest cause gets no more than its other causes ("after the python upgrade the scores shifted" is first about
     * reproducibility, not decay; on the tuning part, one symptom more right at 1 and none fewer).
     */
    private static final Symptom DECAY = KNOWN.get(0);
    /** A loss timed by a release: the release explains it, not a slow decay ("worse right after last night's deploy"). */
    private static final Symptom AFTER_A_RELEASE = KNOWN.get(2);
    /**
     * A drop told as a condition sets a trigger, it does not report a loss: "retrain when the churn model's precision
     * drops below 0.7", "one that fires when accuracy falls". It is left out before decay is read.
     */
    private static final Pattern CONDITIONAL_DROP = Pattern.compile("\\b(when|whenever|if|once|as soon as) ([\\w']+ ){0,3}"
            + "(accuracy|performance|quality|precision|recall|auc|f1|metrics?) (drops|falls|goes down|dips|degrades)\\b"
            + "|\\b(when|whenever|if|once) (the )?(monitoring|metrics?|dashboards?|alerts?) (says?|shows?|tells? us|reports?) (that )?(the )?"
            + "(\\w+ )?(model )?(got|gets|is getting|has got(ten)?|became|has become) worse\\b");
    /**
     * A question asking how a loss would be noticed asks what to monitor, not what caused one: "which signals tell us a
     * model is degrading when labels take months".
     */
    private static final Pattern HOW_TO_NOTICE = Pattern.compile(
            "\\b(which|what) (signals?|metrics?|numbers?|signs?|indicators?)\\b.*\\b(tell|tells|show|shows|warn|warns)\\b"
                    + "|\\bhow (do|can|would|will|should) (we|i|you|one) (know|tell|notice|spot|detect|catch|see|find out)\\b"
                    + "|\\bwhat (can|could|would|will) (still )?(tell|show|warn) (us|me|them)\\b"
                    + "|\\bhow (would|could|should) (our|the) (monitoring|alerts?|dashboards?) have (caught|noticed|spotted|flagged|shown)\\b");

    private Symptoms() {
    }

    /** Whether the question tells a known symptom. */
    static boolean tells(String question) {
        return !told(question).isEmpty();
    }

    /**
     * What an article about a cause of a symptom the question tells is worth in the ranking, on the retriever's scale:
     * enough to pass an article that merely shares a word ("scores" and "How scoring works").
     */
    static final double CAUSE_BONUS = 0.1;
    /**
     * What the likeliest cause of a symptom is worth on top: "we retrained on the same data and got a different model"
     * is first about reproducibility, though data versioning and lineage explain it too. Chosen on the tuning part in
     * folds: among 0.03-0.3 first (symptoms right at 1: 0.851 without, 0.870 from 0.15 on), then, on 9,171 questions in
     * round 154, 0.2 (0.944, against 0.940 at 0.15 and 0.942 at 0.25).
     */
    static final double LIKELIEST_CAUSE_BONUS = 0.2;

    /** The ranking with the articles about the causes {@code told} moved up, its likeliest causes most. */
    static List<Retriever.Hit> favourCauses(Told told, List<Retriever.Hit> ranked) {
        if (told.causes().isEmpty()) {
            return ranked;
        }
        var favoured = Retriever.favour(ranked, p -> told.causes().contains(p.docId()), CAUSE_BONUS);
        return Retriever.favour(favoured, p -> told.likeliest().contains(p.docId()), LIKELIEST_CAUSE_BONUS);
    }

    /**
     * What the symptoms a question tells mean for its search: {@code expanded} is the question with the terms of their
     * causes added (unchanged when it tells none), {@code causes} the articles about those causes, {@code likeliest} the
     * article about each symptom's likeliest cause (but {@link #DECAY}'s when another symptom is told too).
     */
    record Told(String expanded, Set<String> causes, Set<String> likeliest) {
    }

    /** The symptoms the question tells, read once for both the search's terms and the articles to favour. */
    static Told read(String question) {
        var told = told(question);
        var expanded = new StringBuilder(question);
        told.forEach(symptom -> expanded.append(' ').append(symptom.causes()));
        var likeliest = told.stream().filter(s -> s != DECAY || told.size() == 1).map(s -> s.articles().get(0));
        return new Told(expanded.toString(), told.stream().flatMap(s -> s.articles().stream()).collect(Collectors.toSet()),
                likeliest.collect(Collectors.toSet()));
    }

    /** The known symptoms the question tells, in their order; not decay beside a loss a release explains. */
    private static List<Symptom> told(String question) {
        var text = question.toLowerCase(Locale.ROOT);
        boolean asksHowToNotice = HOW_TO_NOTICE.matcher(text).find();
        var reported = CONDITIONAL_DROP.matcher(text).replaceAll(" ");
        var told = KNOWN.stream().filter(s -> s == DECAY ? !asksHowToNotice && s.sounds().matcher(reported).find()
                : s.sounds().matcher(text).find()).toList();
        return told.contains(AFTER_A_RELEASE) ? told.stream().filter(s -> s != DECAY).toList() : told;
    }
}
