package dev.mlopsguide.knowledge;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What kind of answer a searched question wants, read from its wording, and which sections of an article give that
 * kind: a "how do we…" wants the section on doing it, a "what is…" the definition, a "should we…" the section on when
 * it is worth it. A "who…" asks about people, so the articles about roles and responsibilities move up the ranking; a
 * "which level is that" after a team's practices asks which level they describe, so only the levels' articles answer.
 */
enum QuestionKind {
    WHO("who|owner|roles|on call|runbook"),
    WHICH_LEVEL(""),
    SYMPTOM("causes|detect|respond|acting|turning it|make it one step|what to watch"),
    COMPARE("versus| or |\\?|difference|modes|compare"),
    TOOLS("tools"),
    MONITOR("watch|monitor|operate|set it up|acting|what to compare|four groups|label"),
    HOW_TO("how|set it up|start|step by step|make it|building|prevent|record|use one|run one|rehearse|where to"
            + "|typical|approaches|ingredients|from manual|choosing|trigger types"),
    SHOULD_WE("when|worth|cost|fine|necessary|pays off|how often|why|limits|weighing|rules of thumb|practical"),
    WHAT_IS(""),
    OTHER("");

    private static final Pattern ASKS_WHO = Pattern.compile(
            "^((and|so|but|ok) )?who\\b|\\bwho (should|shall|does|do|gets|decides|owns|approves|builds|fixes|writes|keeps"
                    + "|reviews|signs|to|is|are)\\b|\\bwhose (decision|call|job|responsibility|problem)\\b"
                    + "|\\bwhose (are|is) (they|it|these|those|that|this)\\b");
    /** The tags of articles about people: owners, roles, approvers. */
    private static final Pattern ABOUT_PEOPLE = Pattern.compile("\\b(owner|ownership|roles|approval|on-call|responsibility)\\b");
    /** What an article about people is worth to a "who…" question, on the retriever's scale (as a symptom's causes). */
    private static final double PEOPLE_BONUS = 0.1;
    // After the team's practices, told with "we" or read as a level ("the model file comes off a laptop"), "which level
    // are we on" asks which level they make, not the team's result.
    private static final String LEVEL_ARE_WE_LAST =
            "[-:,;.] ?(so )?((what|which) (maturity |mlops )?level (are we|would we be|does that make us|(fits|matches|describes) (that|this))"
                    + "( on| at| in)?|where (are we|would we be|do we stand)( on the (maturity )?(scale|ladder|levels))?)[ ?!.]*$";
    /** What a team tells it does before asking which level that makes: "we track experiments", "the kiln team retrains". */
    private static final String PRACTISES = "(train|retrain|deploy|release|ship|track|version|schedule|have|run)\\w*";
    private static final Pattern PRACTICES_THEN_LEVEL_ARE_WE = Pattern.compile(".{5,}" + LEVEL_ARE_WE_LAST
            // "We train in a pipeline and deploy by hand - what level": practices told first, then the bare question.
            + "|^(we (\\w+ )?" + PRACTISES + "|our (\\w+ )?(models|training|retraining|releases)|(nothing|everything) (is )?(automated|manual)"
            + "|the ([\\w-]+ ){0,3}(team|squad|crew)('s (\\w+ )?(pipeline|training|retraining|models|releases)| " + PRACTISES + ")"
            + "|the ([\\w-]+ ){0,3}(model|forecast|classifier|ranker|scorer|detector)s? (is |are )?(retrain|train|deploy|release)\\w*"
            // Or after who says them: "windmill: automated training pipeline, automated deploys - what level".
            + "|([\\w-]+ ){0,3}[\\w-]+(?=:))\\b"
            + ".{5,}[-:,;] ?(so )?"
            + "(what|which) (maturity |mlops )?(level|rung)[ ?!.]*$");
    private static final Pattern ASKS_WHICH_LEVEL = Pattern.compile(
            "\\b(what|which) (maturity |mlops )?(level|rung) (is|would be|are) (that|this|it|they|such a team)\\b"
                    + "|\\b(what|which) (maturity |mlops )?level (would|will|does) (that|this) (be|make|count as)\\b"
                    + "|\\b(where (on the (maturity )?(levels|scale|ladder) )?|(what|which) (maturity |mlops )?level )(does|would) (that|this) "
                    + "(put|leave|place) (us|them|a team|the team)\\b"
                    + "|\\b(what|which) (maturity |mlops )?level would (an?|the) (assessor|auditor|reviewer|assessment|questionnaire) (give|put|place|assign)( to)? "
                    + "(us|them|a team|the team|our team)\\b"
                    + "|\\bwe (\\w+ )?(train|deploy|retrain|version|monitor|track|test|use|run|build|release|ship|log|serve|score|have)\\w*\\b"
                    + ".{5,}" + LEVEL_ARE_WE_LAST);
    /** The titles of the articles about a level: "Level 2: Automated Training". */
    private static final Pattern A_LEVEL = Pattern.compile("^Level [0-4]:");
    private static final Pattern COMPARES = Pattern.compile(
            "\\bvs\\.?\\b|\\bversus\\b|\\bdifferen(ce|t)\\b(?! ways?\\b)|\\bcompared? (to|with)\\b|\\bbetter than\\b|\\w \\bor\\b \\w");
    /** Frameworks a model is built with: options "for pytorch models" are the tools that serve them. */
    static final String FRAMEWORKS = "(pytorch|torch|tensorflow|keras|sklearn|scikit-learn|xgboost|lightgbm|onnx|hugging ?face|transformers)";
    private static final Pattern ASKS_FOR_TOOLS = Pattern.compile(
            // Not the product a model serves: "one small model behind an internal tool".
            "(?<!\\b(internal|in-house|inhouse|reporting|admin|back-office|support) )\\btools?\\b"
                    + "|\\b(which|what) (library|libraries|frameworks?|platforms?|products?|(managed|cloud|hosted) (services?|offerings?))\\b"
                    + "|\\b(which|what) (experimentation|serving|orchestration|monitoring|tracking|labell?ing) (platforms?|frameworks?|products?)\\b"
                    + "|\\b(something|anything|software) (free|open[- ]source|off[- ]the[- ]shelf|ready-made)\\b"
                    + "|\\b(something|anything) (we|i) (can|could) (install|buy|download|plug in)\\b|\\b(which|what) (\\w+ )?(schedulers|orchestrators)\\b"
                    + "|\\bany (free |open[- ]source |good |decent )?(library|libraries|package|packages)\\b"
                    + "|\\b(an?|any) (free|no[- ]cost|cheap|open[- ]source) way\\b"
                    + "|\\bwhat (do|can|could|should|would) (we|i|you|people|teams|folks|others|(the|our) ([\\w-]+ ){0,3}(team|squad|crew)) use\\b"
                    + "|\\bwhat (would|could|can) (check|watch|monitor|validate|track|schedule|serve|host|wrap|expose"
                    + "|put (it|them|(the|our) (\\w+ )?models?) behind)\\b"
                    + "|\\b(serving|inference|deployment) options (exist |are there )?for (\\w+ )?" + FRAMEWORKS + "\\b");
    /** A team named by what its people do: "the beekeepers", "the growers", "the analysts", "the wheelwrights". */
    static final String PEOPLE_BY_THEIR_WORK = "the [\\w-]+(ers|ists|wrights|smiths)";
    private static final Pattern ASKS_WHAT_TO_WATCH = Pattern.compile(
            "\\bwhat (should|to|do) (we |i |" + PEOPLE_BY_THEIR_WORK + " )?(be )?(monitor|watch|alert on|track|log|graph|chart|plot)(ing)?\\b"
                    // What is watched, named first: "which input columns should we watch".
                    + "|\\b(what|which) (\\w+ ){1,3}(should|do|must) (we|i) (be )?(monitor|watch|alert on|track|graph|chart|plot)(ing)?\\b"
                    + "|\\b(what|which) (metrics|numbers|figures|kpis|signals)\\b|\\bwhat('s| is) worth (monitoring|watching|alerting on|tracking)\\b"
                    + "|\\b(keep an eye on|keep track of|keep watch on)\\b"
                    + "|\\bwhat should (we|i|(the|our) ([\\w-]+ ){0,3}(team|squad|owners?)) (look at|check|review) (every|each) (day|morning|week|\\w+day)\\b"
                    + "|\\bmonitor(ing)? (for|besides|beyond|without)\\b|\\bdashboards?\\b|\\bstill (good|working)\\b"
                    // A live model watched over time: "whether the ranking model still moves sales".
                    + "|\\b(whether|check|checking|see|confirm|verify|know) (if |that )?(the |our |a )?(\\w+ ){0,2}model still\\b");
    private static final Pattern ASKS_HOW = Pattern.compile(
            "^how\\b|\\bhow (do|can|should|to|would)\\b|\\b(tips|best practices?|checklist|guide|steps) (for|to|on)\\b|\\btips\\b");
    private static final Pattern ASKS_WHETHER = Pattern.compile(
            "^(should|do|does|is|are|can|must|would)\\b|\\bworth\\b|\\bdo (we|i) need\\b|\\bbother\\b|\\boverkill\\b"
                    // Asked after what the team does: "the model gets a fresh fit twice a year; is a pipeline needed".
                    + "|[;:] (should|do|does|is|are|would) (we|it|this|that|an?|the)\\b");
    private static final Pattern ASKS_WHAT = Pattern.compile(
            "^(what|whats|what's)\\b|\\bexplain\\b|\\bdefine\\b|\\bmeaning of\\b|\\bwhat does .* mean\\b"
                    + "|^\\S+( \\S+){0,2}\\??$");

    /** Section headings that give this kind of answer; none for a definition (the introduction) or another kind. */
    private final Pattern headings;

    QuestionKind(String headings) {
        this.headings = headings.isEmpty() ? null : Pattern.compile(headings);
    }

    /** The kind of a question, in its normalised form ({@link Intent#normalise}). */
    static QuestionKind of(String question) {
        if (asksWho(question)) {
            return WHO;
        }
        if (asksWhichLevel(question)) {
            return WHICH_LEVEL;
        }
        if (Symptoms.tells(question)) {
            return SYMPTOM;
        }
        if (COMPARES.matcher(question).find()) {
            return COMPARE;
        }
        if (ASKS_FOR_TOOLS.matcher(question).find()) {
            return TOOLS;
        }
        if (ASKS_WHAT_TO_WATCH.matcher(question).find()) {
            return MONITOR;
        }
        if (ASKS_HOW.matcher(question).find()) {
            return HOW_TO;
        }
        if (ASKS_WHETHER.matcher(question).find()) {
            return SHOULD_WE;
        }
        return ASKS_WHAT.matcher(question).find() ? WHAT_IS : OTHER;
    }

    /** Whether a question, in its normalised form, asks who does something: about people, not rules. */
    static boolean asksWho(String question) {
        return ASKS_WHO.matcher(question).find();
    }

    /** Whether a question, in its normalised form, asks which level the practices it names make. */
    static boolean asksWhichLevel(String question) {
        return ASKS_WHICH_LEVEL.matcher(question).find()
                || PRACTICES_THEN_LEVEL_ARE_WE.matcher(question).find() && StatedPractices.level(question).isPresent();
    }

    /** Whether {@code passage} is about the level the practices a "which level is that" question tells make, by the levels' table. */
    boolean isStatedLevel(String question, Passage passage) {
        return this == WHICH_LEVEL && isAbout(StatedPractices.level(question), passage);
    }

    private static boolean isAbout(OptionalInt level, Passage passage) {
        return level.isPresent() && passage.title().startsWith("Level " + level.getAsInt() + ":");
    }

    /** What to search for: a question about what to watch is searched as a question about monitoring. */
    String query(String question) {
        return this == MONITOR ? question + " monitoring" : question;
    }

    /**
     * The ranking with the articles this kind of question is about moved up: for "who…", those about people; for
     * "which level is that", only those about a level, the level the practices it tells make first.
     */
    List<Retriever.Hit> favour(String question, List<Retriever.Hit> ranked) {
        return switch (this) {
            case WHO -> Retriever.favour(ranked, p -> ABOUT_PEOPLE.matcher(p.keywords()).find(), PEOPLE_BONUS);
            case WHICH_LEVEL -> {
                // Only a level answers it: the practices it names would otherwise find the articles about them. A level's
                // section on what moves a team up names the next level's practices, which the team does not have all of.
                var levels = ranked.stream().filter(h -> A_LEVEL.matcher(h.passage().title()).find()
                        && !h.passage().heading().startsWith("What moves a team")).toList();
                // The level the practices make comes first however far the others' words lift them ("by hand each quarter"
                // reads as scheduling, which level 2 is about).
                var stated = StatedPractices.level(question);
                var made = levels.stream().collect(Collectors.partitioningBy(h -> isAbout(stated, h.passage())));
                yield levels.isEmpty() ? ranked : Stream.concat(made.get(true).stream(), made.get(false).stream()).toList();
            }
            default -> ranked;
        };
    }

    /** Whether a passage gives this kind of answer: by its heading, or for tools by naming them. */
    boolean suits(Passage passage) {
        var heading = Intent.normalise(passage.heading());
        if (this == OTHER) {
            return false;
        }
        if (this == WHAT_IS || this == WHICH_LEVEL) {
            return heading.isEmpty();
        }
        if (this == TOOLS && passage.text().contains("Tools:")) {
            return true;
        }
        return !heading.isEmpty() && headings.matcher(heading).find();
    }
}
