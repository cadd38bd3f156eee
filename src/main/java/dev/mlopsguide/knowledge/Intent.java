package dev.mlopsguide.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What a question asks for. The first kinds the domain answers better than any article (the team's own level and
 * next steps, a step or a level explained, how to run the assessment); everything else is searched.
 */
public enum Intent {
    TEAM_LEVEL, NEXT_STEPS, TARGET, COMPARE_LEVELS, EXPLAIN_LEVEL, EXPLAIN_STEP, HOW_TO_ASSESS, GREETING, THANKS, HELP, SEARCH;

    // Conversation, not questions: a greeting to whoever reads ("hello mlops bot"), a short thanks that asks nothing
    // ("thanks, that helped a lot"), or a message asking what the app can do, alone or after a greeting. Slack's :emoji:
    // codes are ignored.
    private static final Pattern GREETING_START = Pattern.compile(
            "^(hi+|hello|'?ello|hey+|heya|hiya|heyo|howdy|hallo|hola|(good |top of the )?(morning|mornin'?|afternoon|evening|evenin'?)|good day|g'?day|gm|yo"
                    + "|greetings|salutations)\\b");
    /** The words of thanks both a thanks that starts a message and one said after praise use. */
    private static final String THANKS_WORDS = "thanks|thank you|thank u|thanking you|thx|ta|cheers|much appreciated|appreciate it|much obliged";
    private static final Pattern THANKS_START = Pattern.compile(
            "^((great|awesome|perfect|nice|ok|okay|cool)[,!.]? (- )?|[a-z]+[,!.] ){0,2}(" + THANKS_WORDS + "|ty|many thanks"
                    + "|that (solved|fixed|sorted|answered|answers|did|helped|covers)|that helps)\\b");
    /** Whom a greeting may name after it, the greeting again ("hey hey"), or a wish ("happy friday"). */
    private static final Set<String> ADDRESSEES = Set.of("there", "all", "folks", "team", "everyone", "everybody", "guys",
            "people", "friends", "y'all", "everyone's", "everybody's", "favourite", "favorite", "friendly", "trusty", "dear", "my", "our", "bot",
            "helper", "assistant", "companion", "buddy", "pal", "mate", "mlops", "ml", "guide", "crew", "to", "the", "you", "again", "hi", "hey",
            "hello", "happy", "monday", "tuesday", "wednesday", "thursday", "friday", "weekend", "new", "year");
    /** How many words may follow a thanks in a message that is only conversation. */
    private static final int THANKS_TAIL = 5;
    /** What may come between a greeting and its request: "hi, quick question: what can you do". */
    private static final Pattern QUICK_ONE = Pattern.compile("^(a )?quick (one|question|q)\\b[ ,:;-]*");
    /** How many other words a greeting may carry ("howdy partner", "morning crew") and still only greet. */
    private static final int GREETING_TAIL = 2;
    /** A team named as one's own or by its work: "the team", "our parcel folks", "the cinema ops crew". */
    private static final String A_TEAM = "(the|our|my) (\\w+ ){0,2}(team|squad|crew|folks)";
    /** A team or the place it works for, by name alone: "the ski school", "our record shop", "the data team". */
    private static final String A_TEAM_OR_PLACE = "(the|our|my) ([\\w-]+ ){0,2}[\\w-]+";
    /** Who may ask the app for help or aim for a level: "we", "i", a team or the place it works for. */
    private static final String WE_OR_A_PLACE = "(we|i|" + A_TEAM_OR_PLACE + ")";
    /** Whom the app may help, said after what it does: "for us", "for the toy shop team", "for the chess cafe". */
    private static final String FOR_US = "( for (us|me|" + A_TEAM_OR_PLACE + "))?";
    /** How a team is said to be at a level, before "level 1": "is at", "we're on", "sits at", "got", "landed on", "put us at". */
    private static final String AT_OR_REACHED = "(is|are|'re|'s|am|sits?|stands?) (now )?(at|on)|got|reached|scored|came out at|landed on"
            + "|(put|puts|placed|places) (us|it|them) at";
    /** Who may say they are grateful or sorted: "we", "i" or a team. */
    private static final String WE_OR_A_TEAM = "(we|i|" + A_TEAM + ")";
    // Thanks said after praise rather than first ("you're a star, ta", "lifesaver, thank you"), in a short message.
    private static final Pattern THANKS_WITHIN = Pattern.compile(
            "\\b(" + THANKS_WORDS + "|lifesaver|life saver"
                    + "|appreciate (that|this|the (\\w+ )?(help|answer|reply|response|tips?|pointers?|info|explanation))"
                    + "|you'?re (a|the) (star|legend|hero|gem|champ)|((that is|that's|it is|it's) )?(exactly|just) what " + WE_OR_A_PLACE + " needed"
                    + "|(exactly |just )?what the doctor ordered|(you'?ve|you have) (just )?made my (day|morning|afternoon|evening|week)"
                    + "|(that'?s|it'?s|that was|it was) (exactly |just )?what (i|we) (was|were) (after|looking for)"
                    + "|(that'?s|that was) (exactly |just )?the (bit|piece|part|thing) (i|we) (was|were) (missing|after|looking for)"
                    + "|(super|very|really|so|most|incredibly) helpful|helpful as (always|ever)|nice one|(that'?s|all) sorted"
                    + "|(top|great|good|brilliant|cracking|lovely) stuff|(that|this) settles it"
                    + "|(you'?ve|you have|that|this) (just )?saved (us|me|" + A_TEAM + ")( \\w+){0,2}"
                    + "|(that|this|it) (clears|cleared) (it|that|things|everything) up|(that|this|it) (does|did) the trick"
                    + "|" + WE_OR_A_PLACE + "( now)?( ha(s|ve)|'ve got| have got) (what|everything|all) (it|they|we|i) needs?"
                    + "|" + WE_OR_A_TEAM + " ((is|are|am|'m|'re) ((so |very |really |truly )?grateful|(all )?sorted)"
                    + "|owes? you (one|a (pint|coffee|beer|drink|biscuit|cookie|cake|cuppa|lunch|round))|(is|are|am|'m|'re) (so |very |really )?happy now))\\b");
    /** The app in the third person: "this bot", "the assistant". */
    private static final String THE_BOT = "(this|the) (bot|app|assistant|guide)";
    private static final String THE_APP = "(you|" + THE_BOT + ")";
    /** The people a greeting comes from: "the credit risk analytics team", "our pricing folks", "the business side". */
    private static final String A_NAMED_GROUP = "(the |our )?(\\w+ ){0,3}(team|folks|crew|squad|group|people|side|club)";
    /** What a greeting may carry that asks nothing: "hiya - how are you?", "hey there - anyone home?", "hi from the data team". */
    private static final Pattern PLEASANTRIES = Pattern.compile(
            "\\b(how are you( doing| today)?|how'?s it going|how is it going|how are things|hope you('re| are) (well|good|doing well)"
                    + "|hope (your|the) (day|week|weekend|morning|afternoon) (is going|has been|went|goes) (well|ok|okay|great|fine|nicely)"
                    + "|(lovely|nice|good|great|pleased|glad) to meet you|welcome aboard|welcome to (the|our) (team|channel|workspace)"
                    + "|(the |our )?(\\w+ )?(helper|bot|guide|assistant) (is (here|back|around|in)"
                    + "|(has )?(made it|arrived|joined|landed)( (in|into|to) (our |the |this )?(channel|workspace|slack))?)( i see)?"
                    + "|(is )?any(one|body) (home|there|around|about)|(?<!\\bask )(are )?you (there|around|awake|about)"
                    + "|(got|have you got|do you have) a (minute|moment|sec|second)"
                    + "|from (" + A_NAMED_GROUP + "|" + A_TEAM_OR_PLACE + ")"
                    + "|" + A_NAMED_GROUP + " (has |have )?(just )?((dropped|popped|stopped|swung) (in|by)|joined|arrived)"
                    + "|(it's |this is )?(my |our )?first time (using|trying) (this|you)"
                    + "|(" + A_NAMED_GROUP + " (is|are) |we('re| are) |i('m| am) )?((trying|testing|checking) " + THE_APP + " out"
                    + "|(giving|taking) " + THE_APP + " (a (go|try|spin|whirl)|for a (spin|test drive)))( today| this week| now)?"
                    + "|" + A_NAMED_GROUP + " ((is|are) )?(says?|sends?|saying|sending) (hi|hello|hey|greetings|(its |their )?regards)"
                    + "|" + A_NAMED_GROUP + " ((is|are) )?(here|(just |have |has )?(joined|arrived))( to (try|test|meet|check out|play with) (you|this|it))?)"
                    + "\\b[?!.]*");
    /** The most words a thanks may say besides its thanks: "many thanks, that's exactly what i needed" says one. */
    private static final int BESIDES_THANKS = 4;
    private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+-]+:");
    private static final Pattern ASKS = Pattern.compile(
            // "Is" and "are" ask only first in a clause: "thank you, the boat hire folks are happy" asks nothing.
            "\\?|\\b(what|whats|how|why|which|who|when|where|should|can|could|do|does)\\b|(^|[,;:.!-] ?)(is|are)\\b");
    /** Who writes, said before the question: "spice merchants here, what are you for". */
    private static final String INTRODUCED = "((the|our) )?[\\w-]+( [\\w-]+){0,2} here";
    private static final Pattern HELP_PATTERN = Pattern.compile(
            // "help please, what does this bot cover": the question after a call for help.
            "^(help( please)?[,:;!.-]+ )?(" + INTRODUCED + " ?[,:;!.-]+ )?(help|help me|\\?|what (can you|are you able to) do" + FOR_US
                    + "|what( (topics|things|areas|subjects))? (can you|do you|are you able to) help( me| us| " + A_TEAM_OR_PLACE + ")? with"
                    + "|how (can|could) you help( (me|us|" + A_TEAM_OR_PLACE + "))?|what do you do"
                    + "|(can|could) you tell me what you (can|could) (do|help( me| us)? with)"
                    + "|what ((kinds?|sorts?|types?) of (things|topics) )?do you know( about)?"
                    + "|(which|what) (questions|things|topics) are you (good|best) (at|with)"
                    + "|what (can|could) you tell (me|us)( about)?"
                    + "|what( ((kinds?|sorts?|types?) of )?(jobs|tasks|work|things|questions))? can " + WE_OR_A_PLACE
                    + " (ask|give|bring|send|hand|throw at)( " + THE_APP + ")?( about)?"
                    + "|what (kinds?|sorts?|types?) of (questions|things) (can|do) you (answer|help with|handle|take|deal with|field|cover)"
                    + "|what( (kinds?|sorts?|types?) of)? help (can|could|do|does|will) " + WE_OR_A_PLACE + " (get|expect) from " + THE_APP
                    + "|how (do you|does " + THE_BOT + ") work|what can " + THE_BOT + " do"
                    + "|what (does|do) " + THE_BOT + " cover"
                    + "|what( (topics|things|areas|subjects))? (can|do) you cover" + FOR_US
                    + "|how (do|can|should) (i|we) use " + THE_APP + "|what (can|could|should) " + WE_OR_A_PLACE + " use " + THE_APP + " for"
                    + "|who are you|(help me understand |tell me )?what (you're|you are) (good )?for"
                    + "|what are you|what are you (good )?for"
                    + "|((give me |tell me )?(a (quick |short )?(rundown|list|summary|overview) of )?|what are )your (abilities|capabilities|skills|features)"
                    + "|what('s| is) " + THE_BOT + " for|is there a list of (what you (understand|know|can do|answer)|your (commands|abilities|skills))"
                    + "|what do you understand|commands|usage"
                    // A call for help, then who calls: "help - milliners here".
                    + "|help( please)?( ?[,:;!.-]+)? " + INTRODUCED + ")[ ?!.]*$");

    private static final Pattern TEAM_LEVEL_PATTERN = Pattern.compile(
            "\\b(what|which)('s| is)? (maturity )?level (are|is) (we|us|our team|my team|this team)\\b"
                    + "|\\b(what|which) (maturity |mlops )?level (are|is) " + A_TEAM_OR_PLACE + " (on|at)( now| today| currently)?[ ?!.]*$"
                    + "|\\b(what|which) (maturity )?level is (the|our|my) (\\w+ ){0,2}(team|squad) (at|on)\\b"
                    + "|\\bwhere (did|does|do) (we|" + A_TEAM_OR_PLACE + ") (land|sit|stand|end up|come out) on the (maturity |mlops )?(scale|ladder|levels)\\b"
                    + "|\\bwhat did (the|our) (\\w+ ){0,3}(assessment|check-?in|review|survey) (conclude|say|find|decide) about "
                    + "(us|(our|the|my) (\\w+ ){0,3}(team|squad))\\b"
                    + "|\\bwhat did (the|our) (\\w+ ){0,3}(assessment|check-?in|review|survey|questionnaire) (say|find|conclude) "
                    + "(our|my team'?s?|the team'?s?) (maturity|level|score) (was|is)\\b"
                    + "|\\bwhat (maturity|level|score|result) did (the|our) (\\w+ ){0,3}(assessment|questionnaire|survey|check-?in|review|guide|app|bot) "
                    + "(give|assign|award|produce|show|return)( to)?( (us|(our|the|my) (\\w+ ){0,2}(team|squad)))?\\b"
                    + "|\\b(what|which) (maturity|level|score|result|verdict) (the|our) (\\w+ ){0,2}(assessment|questionnaire|check-?in|review|guide|app|bot) "
                    + "(gave|assigned|awarded) (us|(our|the) (\\w+ ){0,2}(team|squad))\\b"
                    + "|\\b(what|which) (level|rung|stage) did (the|our) (\\w+ ){0,2}(assessment|questionnaire|check-?in|review|guide|app|bot) "
                    + "(put|place|rate|score) (us|our (team|squad))\\b"
                    + "|\\b(what|which) level\\b.*\\b(assessment|check|check-?in|review|survey|questionnaire) (put|puts|placed|places|left|leaves) "
                    + "(us|our team|the team|my team)\\b"
                    // Not the result named as the ground of another question: "with our current score, what comes first".
                    + "|(?<!\\b(with|given|from|after|on|in) )\\b(our|(our|my|this) team'?s?) (current |overall |latest |last )?(maturity )?(level|score)\\b"
                    // Nor a level the question already names: "what would level 4 add on top of our level 3".
                    + "(?! [0-4]\\b)"
                    + "|\\bwhat('s| is) (our|my team'?s?|this team'?s?) (current )?(mlops )?maturity\\b"
                    + "|\\b((what|how) (was|is|were)|(show|give|tell)( me| us)?) (the |our )?([\\w-]+ ){0,2}(team|squad|crew)'s "
                    + "((latest|last|current|maturity|mlops) )*"
                    + "(result|score|level|rating)\\b"
                    + "|\\bwhere did (the|our) ([\\w-]+ ){0,3}(team|squad) (land|end up)\\b"
                    + "|\\b(what|which) (maturity )?(level|score|result) did " + A_TEAM_OR_PLACE + " (get|reach|score|land on|end up (at|on))\\b"
                    // Its check named first: "the ferry team did the maturity check last week - where did it end up".
                    + "|\\b(the|our) ([\\w-]+ ){0,3}(team|squad|crew) (did|took|sat|ran|answered|filled in|finished|completed) (the|its|their|a) (\\w+ )?"
                    + "(assessment|check-?in|check|review|questionnaire|questions)\\b.*\\b(where did (it|they|that|we) (land|end up)"
                    + "|(which|what) (maturity )?(level|score|result) did (it|they|we) (get|reach|land on|end up (at|on))|what did (it|they|we) score"
                    + "|(which|what) (maturity )?(level|score|result) (came|comes) out)\\b"
                    + "|\\bwhat did (the|our|its|their) (last |latest )?(maturity )?(assessment|check-?in|check|review) (say|find|conclude|show) about "
                    + "(the|our) ([\\w-]+ ){0,3}(team|squad|group|crew)\\b"
                    + "|\\bwhat did (the|our) ([\\w-]+ ){0,3}(team|squad)'s (\\w+ ){0,2}(assessment|check-?in|check|review) (say|find|conclude|show)\\b"
                    + "|\\b(the|which|what) (level|rung) (the|our) ([\\w-]+ ){0,3}(team|squad) (reached|got to|landed on|ended up (at|on))\\b"
                    + "|\\b(what|which) (level|score|result|verdict|rating) did (the|our|my) ([\\w-]+ ){0,3}(team|squad|crew|group) (get|receive|earn) "
                    + "(from|in|on) (the|its|their|our) (\\w+ )?(maturity questions|questionnaire|assessment|check-?in|check|review)\\b"
                    + "|\\bdid ((the|our|my) ([\\w-]+ ){0,3}(team|squad)|" + A_TEAM_OR_PLACE + ") (come out|end up|land|do|fare|score) ((at|on) level"
                    + "|(in|on) (its|their|the|our) (last |latest |most recent )?(\\w+ )?(assessment|check-?in|check|review))\\b"
                    + "|\\bdid (the|our|my) (\\w+ ){0,3}(team|squad)'?s? ((\\w+ )?(assessment|check-?in|score|level|result) )?(come out|end up|land|score) "
                    + "(above|below|higher|lower|ahead of|behind)\\b"
                    + "|\\bhow mature are we\\b|\\bhow mature (is|are) " + A_TEAM_OR_PLACE + "( now| today)?[ ?!.]*$"
                    + "|\\bhow mature (did )?(the|our) (\\w+ )?(assessment|check-?in|review|questionnaire) "
                    + "(found|find|rated|rate|judged|judge) (us|our team|my team)\\b|\\bhow far along (are we|is (our|my) team)\\b"
                    + "|\\bwhere (are we|is ((our|my|the) ([\\w-]+ ){0,3}(team|squad|crew)|" + A_TEAM_OR_PLACE + ")|do we sit|do we stand) "
                    + "on the (maturity |mlops )?(scale|ladder)\\b"
                    + "|\\bwhere (do we|does (our|my|the) team) stand\\b|\\bhow (far|close) (are|is) (we|our team|my team)\\b"
                    + "|\\b(have|did) we (reach(ed)?|hit|meet|met|make|made) (our|the) target\\b"
                    + "|\\b(have|has|did) (we|our team|my team) (made it|make it|got|gotten|get|moved|climbed) (beyond|past|above|out of|to) level\\b"
                    + "|\\b(what|which) (maturity |mlops )?level ((did|have|has) (we|(our|the|my) (\\w+ ){0,2}(team|squad)) (land(ed)? on|get|got|reach(ed)?"
                    + "|end(ed)? up( at| on)?|score(d)?|achieve(d)?)|(we|(our|the|my) (team|squad)) (landed on|ended up (at|on)|reached|scored))\\b"
                    + "|\\b(what|which) (maturity |mlops )?(score|rating|result) did (the|our|my) (\\w+ ){0,2}(team|squad) (get|receive|earn|achieve)\\b"
                    + "|\\bwhat (maturity |mlops )?(score|level|rating|result) (the|our|my) ([\\w-]+ ){0,3}(team|squad) (got|received|earned|reached)\\b"
                    + "|\\bwhat did (the|our|my) ([\\w-]+ ){0,3}(team|squad|crew) (score|get)( on (the|its|their) (assessment|check-?in))?[ ?!.]*$"
                    + "|\\b(put|puts|place[sd]?|rate[sd]?|score[sd]?|keep|keeps|kept|leave|leaves|left|move[sd]?) (us|our team|my team) (at|on) level\\b"
                    + "|\\b(are we|is (our|my|this) team) (already |now |still )?(at|on|past|above|beyond|below) (our target|target|level [0-4]"
                    + "|(the )?(no mlops|devops|automated training|automated (model )?deployment|full (mlops )?automation))\\b"
                    + "|\\bwhy (are|is) (we|our team|my team)\\b.*\\blevel\\b|\\bwhy (does|did) .* say (we('re| are)|our team is)\\b"
                    + "|\\b(have|has|did) (we|our team|my team) (improved?|progressed?|got better|gotten better|moved up|gone up"
                    + "|slipped|dropped|gone down|regressed)\\b|\\b(our|my team'?s?) progress\\b"
                    + "|\\bhow (have|has) (we|our team|my team|our maturity|our level|our score) (changed|moved|improved|progressed)\\b"
                    + "|\\b(did|has|have) (our|(our|my|the) team'?s?) (maturity|level|score) (go|gone|went|move|moved) (up|down)\\b"
                    + "|\\bwhere (are|is) (we|our team|my team) (weakest|strongest)\\b"
                    + "|\\b(our|my team'?s?) (weakest|strongest) (areas?|spots?|points?|links?|practices?)\\b"
                    + "|\\bwhat('s| is)? (holding|keeping|holds|keeps) (us|our team|my team) (back|down)\\b"
                    + "|\\b(are we|is (our|my) team) (any )?good at (mlops|this)\\b|\\bhow good (are we|is (our|my) team) at mlops\\b"
                    + "|\\bwhere (the |our )?(scoring|scores?|assessment|check-?in) (landed|put|left) (for )?(us|our team|my team)\\b"
                    + "|\\bwhere did (the|our) (\\w+ ){0,2}(assessment|check|check-?in|review|scoring) (leave|put|place) (us|our team|my team|the team)\\b"
                    + "|\\bwhere (did|have) (we|our team|my team|the team) (end(ed)? up|land(ed)?)\\b|\\bwhere (the|our|my) team (ended up|landed)\\b"
                    + "|\\b(how|what) (did (we|(the|our|my) (\\w+ ){0,2}(team|squad)) score|(we|(the|our|my) (\\w+ ){0,2}(team|squad)) scored)\\b"
                    + "|\\bhow did (we|(the|our|my) (\\w+ ){0,2}(team|squad)) do (in|on) ((the|our|its|their|this \\w+'s|last \\w+'s) )?"
                    + "(last |latest |previous |(most )?recent )?((maturity|mlops) )?(assessment|check-?in|check|review)\\b"
                    + "|\\bhow did (we|(our|the|my) (team|squad)) (come out|fare) (in|on) (the|our) (\\w+ ){0,3}(check|check-?in|assessment|review)\\b"
                    + "|\\b(result|results|outcome|score|verdict) (from|of) (our( team'?s?)?|my team'?s?|the team'?s?) (last|latest|previous|most recent) "
                    + "(maturity |mlops )?(check|check-?in|assessment|review)\\b");
    private static final Pattern NEXT_STEPS_PATTERN = Pattern.compile(
            "\\bwhat (should|shall|do|can) (" + WE_OR_A_PLACE + "|" + A_NAMED_GROUP + ") do next\\b"
                    + "|\\bour ((most important|main|top|key|immediate|first) )?next steps?\\b"
                    + "|^next steps?\\??$|\\b" + A_NAMED_GROUP + "'s? next steps?\\b"
                    + "|\\bwhat (should|shall|do|can) " + WE_OR_A_PLACE + " (work on|do|fix|focus on|improve|change) to (get|reach|move|climb) "
                    + "(to |up to )?level [0-4]\\b"
                    + "|\\bwhat (should|shall|do|can) (we|i|the team|our team|my team) (improve|fix|work on|tackle|focus on) (next|first)\\b"
                    // After a level told: "the library team is at level 1 - what should it fix first", "we're at level 3, what next".
                    + "|\\b(" + A_NAMED_GROUP + "|" + A_TEAM_OR_PLACE + "|we|i|they|it) ?(" + AT_OR_REACHED + ") level [0-4]\\b.*"
                    + "\\b(what (should|shall|can|does|do) (it|they) (improve|fix|work on|tackle|focus on|do) (next|first)|what comes (first|next)"
                    + "|(what|where) (next|now)|where (should|does|do) (it|they) (start|begin)|what are (its|their) next steps)\\b"
                    + "|\\bto level up\\b"
                    + "|\\bwhat (should|shall|can|does|do) (we|i|" + A_NAMED_GROUP + ") (work on|tackle|fix|focus on|improve|do)( first| next)? "
                    + "(after|since|given|from) (its|their|our|the) (\\w+ )?(assessment|check-?in|results?)\\b"
                    + "|\\bwhat (should|shall|do) (we|i|our team|my team) prioriti[sz]e( first| next)?( (this|next) (quarter|month|sprint|year))?[ ?!.]*$"
                    + "|\\bwhat (should|shall|do|can) (we|i|our team|my team) (do|start with|tackle) first[ ?!.]*$"
                    + "|\\bwhat('s| is) next for (us|our team)\\b|\\bhow (do|can) we (improve|level up)\\b"
                    + "|\\bnext steps? for (us|" + A_TEAM_OR_PLACE + ")\\b"
                    + "|\\b(we|us|our team|my team|" + A_NAMED_GROUP + ")\\b.*\\b(the next (maturity |mlops )?level|(move|go|step|climb) up (one|a) level)\\b"
                    + "|\\b(which|what) (\\w+ ){0,3}(do|should|shall) (we|i|they|(our|my|the) (\\w+ ){0,2}(team|squad)) "
                    + "(close|fix|tackle|address|improve|work on) (first|next)\\b"
                    + "|(?m:^)(?=.*\\b(assessment|check-?in)\\b).*\\bwhich (gap|weakness|area) (matters|counts) most\\b"
                    + "|(?m:^)(?=.*\\b(assessment|check-?in|questionnaire)\\b).*\\b(fixes|changes|improvements|steps) with the (biggest|largest|most) "
                    + "(payoff|pay-off|impact|value|return)\\b"
                    + "|\\bpriorit(y|ies) for (us|our team|my team)\\b|\\b(our|my team'?s?) (top |main |biggest |first )?priorit(y|ies)\\b(?! (for|in|on|when) )"
                    + "|\\btop (\\d+|three|five|few) (things|priorities|items|steps|practices) (for )?(we|us|our team|my team)\\b"
                    + "|(?m:^)(?=.*\\b(assessment|check-?in|questionnaire|survey|maturity (questions|results?|verdict|score))\\b)"
                    + ".*\\b((top|first|biggest|main) priorit(y|ies)( please)?[ ?!.]*$"
                    + "|where (do|should|shall) (we|i) (put|focus|spend) (our |my )?(effort|energy|time|attention)"
                    + "|where should (our|their|the team'?s?|my) (effort|energy|time|attention|focus) go"
                    + "|what (do|should|shall) (we|i) (tackle|fix|work on|improve|focus on)|what should (the|our) next (sprint|quarter) focus on)"
                    + "|(?m:^)(?=.*\\b(assessment|check-?in)\\b).*\\bfirst (\\d+|two|three|four|five|few) (things|items|gaps|steps|practices) to "
                    + "(fix|do|tackle|work on|improve|change)\\b"
                    + "|\\b(most important|biggest|top) (thing|gap|step|practice|priority) for (us|our team|my team) to (fix|improve|tackle|work on|do|change)\\b"
                    + "|\\b(what|which( \\w+){0,2}) (deserves?|merits?) (our |my team'?s? |the team'?s? )?(time|attention|effort|focus"
                    + "|(the )?(first|next) (sprint|iteration))\\b"
                    + "|\\bwhat('s| is| are)? (our|my team'?s?) (most urgent|biggest|main|top|largest|worst) (gap|weakness)(es|s)?[ ?!.]*$"
                    + "|\\b(give|show|tell|list) (me|us) (\\w+ ){0,2}(things|steps|actions|priorities) to (do|work on|fix|tackle)( next| first)?[ ?!.]*$"
                    + "|\\bwhat('s| is| should be) (the|our) (next|first) (thing|step|gap|priority) to (fix|do|tackle|work on|improve|change)\\b"
                    + "|\\b(gaps|priorities|things|steps|practices) (we|our team|my team) (should|must|need to) (close|fix|tackle|address|improve|work on)\\b"
                    + "|\\bwhat should (be|go) on (our |the )?(next )?(sprint'?s? |quarter'?s? )?(board|backlog|roadmap|plan)\\b"
                    + "|\\b(assessment|questionnaire|check-?in|survey|results)\\b.*\\bwhat should go (into|in) (the |our )?next (sprint|quarter|iteration)\\b"
                    + "|\\b(assessment|questionnaire|check-?in|survey|results|(scored|assessed) ourselves)\\b"
                    + ".*\\bwhat('s| is| are)? (the |our )?((single )?most (valuable|important|useful|urgent)"
                    + "|biggest|best|first|top) (fix|fixes|improvement|improvements|change|changes)\\b"
                    + "|\\b((after|since|from|given|based on|with|off the back of|on the back of) ((our|the|this|these) ([\\w']+ )?|\\w+'s )"
                    + "(assessment|check-?in|results?|scores?|questionnaire)|(our|the) ([\\w']+ ){0,2}(assessment|check-?in|results?|scores?|survey"
                    + "|questionnaire) (is|are|came|have come|has come) (in|back|out)"
                    + "|" + A_NAMED_GROUP + " (has|have|got) (its|their) (\\w+ )?(assessment|check-?in|results?|scores?|verdict|level)( back)?"
                    + "|" + A_NAMED_GROUP + " (has )?(just )?(finished|completed|done) (its|their|the) (\\w+ )?(assessment|check-?in|check|survey))\\b"
                    + ".*\\b((things?|steps?|actions?|priorit(y|ies)|gaps?|practices?) to (do|work on|fix|tackle|close|adopt)\\b|what (comes )?(next|first)[ ?!.]*$"
                    + "|where ((does|do|should|shall) (it|they|we|i)|to) (start|begin)[ ?!.]*$|what are (its|their|the) next steps[ ?!.]*$"
                    + "|(which|what) (\\w+ ){0,2}(things|steps|gaps|items|improvements?|changes?|fix(es)?|practices?) (come|comes|go|goes) first[ ?!.]*$"
                    + "|(what|(which|what) (\\w+ ){0,2}(things|steps|gaps|items|areas?|practices?|improvements?|changes?|fix(es)?)) (should|shall|do|does|can|must) "
                    + "(we|i|it|they|(our|my|the) (team|squad)|our next (sprint|quarter|month)) "
                    + "(tackle|fix|work on|focus on|improve|prioriti[sz]e|change|do|pick up|make"
                    + "|adopt|start( with)?)"
                    + "( first| next| now)?( (in|over|during|for) (the )?(next|coming|this) "
                    + "(\\w+ )?(days?|weeks?|months?|quarters?|sprints?|year)| (this|next) (week|month|quarter|sprint|year)"
                    + "| before (the|our) next (one|check-?in|assessment|review)| (on|from) (monday|tuesday|wednesday|thursday|friday|tomorrow))?[ ?!.]*$)"
                    + "|\\b(assessment|questionnaire|check-?in|survey|results)\\b.*\\b("
                    + "(which|what) (\\w+ ){0,2}(practices|things|steps|improvements|changes|gaps) "
                    + "(should|shall|do|does|can) (we|(our|my|the) (team|squad)) (adopt|tackle|fix|work on|focus on|pick up|make|start|close)"
                    + "|(which|what) (single |one )?(improvement|change|fix|practice|step) (goes|should go|comes|belongs|gets done) (into|in|on|first)"
                    + "|what (are|is) (our|the) (first|next|top) (\\w+ )?(moves|steps|actions|priorities))\\b"
                    + "|\\b(assessment|questionnaire|check-?in|survey|scores?|results?)\\b.*[-:,] ?(what('s| is) )?(the |our )?(first|next|top) "
                    + "(thing|step|gap|priority|practice) to (fix|do|tackle|work on|improve|change|adopt)[ ?!.]*$"
                    + "|(?m:^)(?=.*\\b(assessment|questionnaire|check-?in|survey)\\b)"
                    + ".*\\b(which|what) (practice|area|gap|habit|improvement) (should|shall|can|must) "
                    + "(we|(our|my|the) (\\w+ )?(team|squad)) (adopt|tackle|fix|work on|focus on|pick up|start with) first\\b"
                    + "|\\b(has|have|got|with) (its|our|their|the) (level|score|results?)\\b.*\\bwhat (are|is) the (\\w+ ){0,2}(things?|steps?|gaps?|actions?) "
                    + "to (fix|do|tackle|work on|close)\\b");
    // "Where do we start" asks for next steps when it is all the question says, or asks it of the team's maturity; after
    // a situation ("nobody can retrain the old notebook model - where do we begin") it asks about that situation.
    private static final Pattern WHERE_TO_START = Pattern.compile("\\bwhere (should|do|can) (we|i) (start|begin)\\b");
    // A short question about the team's last assessment asks for its next steps when it asks what to do, else for its
    // result; a longer one names a topic to search for.
    private static final Pattern LAST_ASSESSMENT = Pattern.compile(
            "\\b(after|since|from|given|based on|in|with) ((the|our|my team'?s?) (last|latest|previous|recent|most recent|current)|this) "
                    + "(assessment|check-?in|results?|scores?)\\b");
    private static final Pattern TO_DO = Pattern.compile(
            "\\b(priorit(y|ies|ise|ize)|next|focus|work on|fix|tackle|improve|should|shall|comes? first)\\b");
    private static final Pattern TARGET_PATTERN = Pattern.compile(
            "\\b(what|which) (maturity |mlops )?level (should|must)\\b"
                    + "|\\b(what|which) (maturity |mlops )?level (do|does|would) (we|i|a team|our team|they|it) need\\b"
                    + "|\\blevel\\b.*\\baim for\\b|\\baim for\\b.*\\blevel\\b|\\btarget (maturity )?level\\b"
                    + "|\\bwhat should (our|the|my team'?s?) (maturity )?target be\\b"
                    + "|\\bhow mature (should|must|do|does) (we|our team|a team|an? [a-z -]+) ((actually |really )?need to )?(be|become|get)\\b");
    /**
     * Whether to aim for a level the question names, asked without the facts a target is chosen from ("should our
     * two-person team aim for level 4"): the articles weigh that, the rules would only assume a team.
     */
    private static final Pattern AIM_FOR_A_NAMED_LEVEL = Pattern.compile("\\b(aim|aiming|go|going|push|strive|shoot) (for|at) level [0-4]\\b");
    /** A target asked for after the facts, as a last word: "three online models retrained weekly - target?" (or "level?"). */
    private static final Pattern TARGET_LAST = Pattern.compile(
            "(^|[-:,] ?)((what|which)('s| is)? )?(our |the )?(target( level)?|level)" + FOR_US + "[ ?!.]*$");
    // "Which level?", "which level is right", "what level fits …" ask for the target when they state facts about a team.
    private static final Pattern LEVEL_THAT_FITS = Pattern.compile(
            // Not a level or a word the question asks to explain: "what level 1 means for us", "what mlops even means".
            "\\b(what|which) (maturity |mlops )?(level|rung)\\b(?! [0-4]\\b)|\\b(what|how much) (maturity|mlops|automation)\\b(?! (\\w+ )?means?\\b)"
                    + "|\\bright level\\b"
                    + "|\\blevel (fits|suits)\\b|\\bhow (far|high) (up )?(should|must|do|would|can) (we|i|our team|a team) "
                    + "(go|climb|take it|automate|aim)\\b|\\bhow (far|high) (should|must|would|can) (automation|mlops|our automation) go\\b"
                    + "|\\bhow (far|high) (up|on) the (maturity |mlops )?(levels|ladder|scale)\\b"
                    + "|\\b(what|which) target\\b|\\b(recommended|suggested|ideal|best) (maturity |mlops )?level\\b"
                    + "|\\bwhat should (" + WE_OR_A_PLACE + "|a team|they) ((aim|be aiming) for|target)\\b"
                    + "|\\bwhere (on the (scale|ladder|levels) )?should (we|i|our team|a team|they) "
                    + "(be|land|sit|end up|aim|head|be heading|set (our|my|their) sights)\\b"
                    + "|\\bis level [0-4] (worth it|enough|plenty|sufficient|overkill|too much|right)\\b"
                    + "|\\b(sensible|reasonable|realistic|right) (maturity |mlops )?(goal|target)\\b|\\bmaturity (goal|target)\\b"
                    + "|\\bshould (we|i|(our|the|my|this) (\\w+ ){0,2}(team|squad|group)) (move|go|climb|step|jump|progress) (up )?(from level [0-4] )?"
                    + "to level [0-4]\\b"
                    + "|\\b(level|maturity|rung) to (aim|target|shoot) (at|for)\\b"
                    + "|\\bwhat('s| is| would be) (sensible|reasonable|enough) for (us|our team|a team|them)\\b");
    private static final Pattern LEVEL_NUMBER = Pattern.compile("\\blevel ([0-4])\\b");
    /** A level a team is said to be at ("the kiln team is at level 1", "we got level 2"), not one it aims for. */
    private static final Pattern AT_A_LEVEL = Pattern.compile("\\b(" + AT_OR_REACHED + ") level (?<level>[0-4])\\b");
    // Every level a question names: "level 2 and level 3", "levels 2 and 3", "level 3 vs 4".
    private static final Pattern LEVELS_NAMED = Pattern.compile(
            "\\blevels? ([0-4])\\b(?:\\s*(?:and|or|vs\\.?|versus|to|-)\\s*(?:level )?([0-4])\\b)?");
    /** Two levels named by their numbers alone, in a question about levels: "jumping from 1 straight to 3". */
    private static final Pattern LEVEL_RANGE = Pattern.compile("\\bfrom ([0-4]) (straight |directly |right )?to ([0-4])\\b");
    /** Where a team is and where it should go, by numbers alone: "we're at 2 and should reach 3". */
    private static final Pattern AT_AND_TO = Pattern.compile("\\b(we're|we are|we sit|we stand|sitting|standing) at [0-4] (and|but) (\\w+ ){0,3}"
            + "(reach|get to|hit|move (up )?to|climb to|be at|aim for) [0-4]\\b");
    /** A level told as the one between two others: "the rung between no mlops and automated training". */
    private static final Pattern LEVEL_BETWEEN = Pattern.compile("\\bthe (one|level|rung|stage) between level ([0-4]) and level ([0-4])\\b");
    private static final Pattern A_LEVEL_NUMBER = Pattern.compile("\\b([0-4])\\b");
    /** A step named as a part of the lifecycle: "what's meant by operate in the mlops lifecycle" asks about the step. */
    private static final Pattern LIFECYCLE_STEP = Pattern.compile(
            "\\b(design|train|training|operate)\\W?( step| phase| stage| part)?( means?)? (in|of) the (ml |mlops )?(lifecycle|process)\\b");
    /** A step told by its place in the project, read as its name: "the third phase of the project" is the operate step. */
    private static final Map<String, Pattern> STEP_BY_PLACE = Map.of(
            "design", Pattern.compile(EverydayWords.lifecyclePhase(EverydayWords.FIRST_PLACE)),
            "train", Pattern.compile(EverydayWords.lifecyclePhase(EverydayWords.SECOND_PLACE)),
            "operate", Pattern.compile(EverydayWords.lifecyclePhase(EverydayWords.LAST_PLACE)));
    /** What a part of the project is of, when said: "which phase of the ml project". */
    private static final String OF_THE_PROJECT = "(of (the |our )?([\\w-]+ ){0,2}(project|lifecycle) )?";
    /** The part of a project a model running in production is in: "once the model is live, which part are we in" asks for operate. */
    private static final Pattern STEP_OF_A_LIVE_MODEL = Pattern.compile("(\\b((once|now that|after) )?(the |our |a )?([\\w-]+ ){0,2}models? "
            + "(is |are |has been |goes |went |gets )(\\w+ ){0,3}(live|running|deployed|in production)\\b.{0,20}?)\\b(which|what) "
            + "(part|step|phase|stage|chores|jobs|tasks) " + OF_THE_PROJECT
            + "(are we in|is (that|this)|would (that|this) be|falls? to us|are ours|is ours)\\b");
    /** The part of a project that follows a design signed off: "we have agreed the problem statement; which phase comes next" is training. */
    private static final Pattern STEP_AFTER_THE_DESIGN = Pattern.compile("(\\b(signed off|agreed( on)?|finished|completed|wrapped up|done with|settled) "
            + "(on )?(its |our |their |the )?(problem statement|design|scoping|requirements|problem framing)\\b.{0,60}?)\\b(which|what) "
            + "(part|step|phase|stage) " + OF_THE_PROJECT + "(comes|is) next\\b");
    /** The part of a project before any data is touched: "before the team touches any data, which part are they in" is design. */
    private static final Pattern STEP_BEFORE_THE_DATA = Pattern.compile("(\\bbefore (the |our |a )?([\\w-]+ ){0,3}(touches|touch|looks at|collects"
            + "|gathers|pulls) (any )?data\\b.{0,20}?)\\b(which|what) (part|step|phase|stage) " + OF_THE_PROJECT
            + "(are (we|they) in|is (that|this)|would (that|this) be)\\b");
    /** A step told by where the project stands, each pattern keeping what it tells in its first group, read as that step's name. */
    private static final Map<String, Pattern> STEP_BY_STATE = Map.of(
            "operate", STEP_OF_A_LIVE_MODEL, "train", STEP_AFTER_THE_DESIGN, "design", STEP_BEFORE_THE_DATA);
    /** A level's neighbour named after it: "level 3 and the one above it" are levels 3 and 4. */
    private static final Pattern LEVEL_THEN_ITS_NEIGHBOUR = Pattern.compile(
            "\\blevel ([0-4])\\b(.{0,40}?)\\bthe (one|level|rung) (above|below|after|before) it\\b");
    private static final Pattern ALL_LEVELS = Pattern.compile("\\b(what|which) are the (mlops |maturity )*levels\\b"
            + "|\\bexplain the (mlops |maturity )*levels\\b|^(maturity |mlops )?levels\\??$"
            + "|\\b(run|walk|take|talk) (me|us) through the (five |5 |maturity |mlops )*(levels|rungs)\\b");
    private static final Pattern ABOUT_LEVEL = Pattern.compile("\\b(what|explain|describe|mean|means|need|needs|require"
            + "|requires|look like|in (plain|simple) (words|english|terms)|summary|summari[sz]e|sum up|recap|rundown|gist|overview|in a nutshell"
            + "|tell me about|walk me through|talk me through|briefly|in short|in (a|one|two|a few|a couple of) (sentences?|lines?|words)|at a glance"
            + "|tl;?dr|eli5|like i'?m (new|five)|(short|quick|brief) version|in brief|paint|picture|a day in|day to day|in practice"
            + "|without jargon|no jargon)\\b");
    /** A team weighing a level, not asking what it holds: "does the windmill team need level 3", "do we really need level 4". */
    private static final Pattern NEEDS_A_LEVEL = Pattern.compile(
            "\\b(do|does|would|will) (we|i|they|" + A_TEAM_OR_PLACE + ") (really |actually |even |truly )?need level [0-4]\\b");
    /**
     * A question that opens by asking for a level to be described, or names one and asks what it is ("our cto keeps
     * mentioning 'level 3' - what is that"), however long its reason for asking.
     */
    private static final Pattern DESCRIBE_LEVEL = Pattern.compile(
            "(^|[,:;-] )(please |can you |could you )?(describe|explain|summari[sz]e|sum up|tell me about|walk me through|talk me through) (the )?level [0-4]\\b"
                    + "|\\blevel [0-4]\\W{0,3} what('s| is) (that|it|this)\\b|^what (does|do) \\W?level [0-4]\\b.{0,30}\\b(mean|involve|look like)\\b"
                    + "|\\blevel [0-4]\\W{1,3} what (does|do) (that|this|it) (level )?(mean|involve|entail|look like)\\b"
                    + "|\\blevel [0-4]\\b.{0,40}\\bwhat (would|must|should|will) (have to|need to)? ?be true\\b"
                    + "|(^|[,:;-] )(what is|what's|whats) (maturity |mlops )?level [0-4]\\b"
                    + "|\\bwhat level [0-4]\\b.{0,40}\\b(entails|involves|requires|looks like|means)\\b"
                    + "|^what does it mean (for (a|our|the|my) team )?to be (at|on) level [0-4]\\b"
                    + "|^what (does|do|would) (a |the )?teams? (on|at|in) level [0-4] (still |usually |typically )?(do|handle|automate|look like)\\b"
                    + "|(^|[,:;-] )what (extra |more |else )?(does|do|would) .{0,40}\\blevel [0-4]\\b.{0,20}\\b(ask|require|demand|expect) of "
                    + "(them|us|(a|the|our|my) ([\\w-]+ ){0,2}(team|squad|crew))\\b");
    private static final Pattern STEP = Pattern.compile(
            "\\b(explain|what is|what's|what happens in|what (\\w+ )?does|tell (me|us|(the |our )?([\\w-]+ ){0,3}(team|squad|crew)) about|describe"
                    + "|what belongs in|what goes (on )?in(to)?)\\b.*"
                    + "\\b(design|train|training|operate|operations?) (step|phase|stage)\\b"
                    + "|^(the )?(design|train|training|operate) (step|phase)\\??$"
                    + "|\\bwhat (the )?(design|train|training|operate) (step|phase|stage) (covers|involves|includes)\\b"
                    + "|(^|[,:;-] )(please |can you |could you )?(walk|talk|take) (\\w+ ){1,4}through the (design|train|training|operate) (step|phase|stage)\\??$"
                    + "|\\b(which|what) (\\w+ ){0,2}(fall|falls|belong|belongs|go|goes|come|comes) (under|in|into|within|to) the "
                    + "(design|train|training|operate|operations?) (part|step|phase|stage)\\b"
                    + "|\\b(which|what) (\\w+ ){0,2}(does|do|will) the (design|train|training|operate) (step|phase|stage) (hand|give|bring|leave|ask of"
                    + "|involve|need)\\b"
                    // The team's part in a step it has reached: "in the operate step, what is our job from here".
                    + "|\\bin the (design|train|training|operate) (step|phase|stage)\\W{0,3} what (is|are) (our|my) "
                    + "(job|work|role|tasks|duties)\\b");
    private static final Pattern STEP_NAME = Pattern.compile(
            "\\b(design|train|training|operate|operations?) (step|phase|stage|part)\\b|^(the )?(design|train|training|operate)\\b");
    private static final Pattern HOW_TO_ASSESS_PATTERN = Pattern.compile(
            "\\bhow (do|can|should) (i|we|you|" + A_TEAM_OR_PLACE + ") (run|take|start|do|use) (the |an |our |this )?(mlops |maturity )*assessment\\b"
                    + "|\\bhow (do|can) (i|we) assess (our|my) (team|maturity)\\b|\\bhow to (run|take) the assessment\\b"
                    + "|\\bhow (do|can|should) (i|we) (take|walk|run|go) (\\S+ ){0,4}through the (mlops |maturity )?(questions|questionnaire|assessment)\\b");

    // Short questions the patterns above do not read, by what they are about: "how mature is our setup" asks for the
    // team's level, "next steps for us please" for its next steps, "list the levels please" for the levels. Longer
    // ones name a topic to search for; a question weighing a level ("should", "need", "worth") is not about where
    // the team is.
    private static final int SHORT = 9;
    private static final Pattern ABOUT_US = Pattern.compile("\\b(we|us|our|ours|my team|this team)\\b");
    private static final Pattern MATURITY = Pattern.compile(
            "\\b(mature|maturity|level|standing|assessed"
                    + "|(assessment|check-?in) (says?|said|puts?|gave|gives?|shows?|showed|leaves?|left)"
                    + "|(assessment|check-?in) results (are|came) (in|back))\\b");
    private static final Pattern WEIGHS = Pattern.compile("\\b(should|need|needs|must|aim|fit|fits|suit|suits|target|worth)\\b");
    // "Next" as in what comes next, not "next month", "our next release" or "next to our service".
    private static final Pattern NEXT = Pattern.compile(
            "\\bnext\\b(?! to\\b| (day|week|month|quarter|year|sprint|time|release|model|version)s?\\b)|\\b(what|do) now\\b"
                    + "|\\b(move|moving|step|climb|go|get|bump)( us| our team)? up\\b");
    private static final Pattern LEVELS = Pattern.compile("\\blevels\\b");

    // Levels named in words are read as their numbers: "level three", "levels zero and one", "the most automated level".
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four");
    private static final Pattern LEVEL_IN_WORDS = Pattern.compile("\\b(levels? )(zero|one|two|three|four)\\b");
    private static final Pattern SECOND_LEVEL_IN_WORDS = Pattern.compile(
            "\\b(levels? [0-4] ?(?:and|or|vs\\.?|versus|to|-) ?(?:level )?)(zero|one|two|three|four)\\b");
    /** A level named by its neighbour: "the first maturity level above zero" is level 1, "the level below 4" level 3. */
    private static final Pattern NEIGHBOUR_LEVEL = Pattern.compile("\\b(?:the )?(?:first |next )?(?:maturity |mlops )?level "
            + "(?:just |right |directly )?(above|after|past|below|before|under) (?:level )?([0-4]|zero|one|two|three|four)\\b");
    /** What follows a level asked what it adds: "would add", "brings". */
    private static final String ADDS = "((would|will|could|does|do) )?(adds?|brings?)\\b";
    /** Automated releases asked what they add are level 3: "what more would automating releases change for us". */
    private static final Pattern AUTOMATED_RELEASES_ADD = Pattern.compile("\\bwhat (more |else )?(would|will|does|could) (automating (the |our )?"
            + "(releases?|deployments?|deploys)|letting (it|the pipeline) (also )?(release|deploy)( the model| models| them| it)?) (also )?"
            + "(change|add|bring|buy us|give us)\\b");
    /** A level asked what it adds, with no level to add it to, adds over the one below: "what would level 4 add on top". */
    private static final Pattern ADDS_OVER_THE_LEVEL_BELOW = Pattern.compile("\\blevel ([1-4]) " + ADDS + "(?!.*\\blevel [0-4]\\b)");
    private static final Pattern HIGHEST_LEVEL = Pattern.compile(
            "\\b(the )?(most automated|fully automated|most advanced|highest|top) (maturity |mlops )?level\\b"
                    + "|\\b(the )?(very )?top of the (maturity |mlops )?(scale|ladder)\\b"
                    + "|\\b(the )?(very )?(top|highest|last) rung( of the (\\w+ )?(ladder|scale))?\\b");
    /**
     * The levels' names, level 0 first, read as their numbers where they name a level: before "level", "stage", "rung"
     * or "phase", or "look like" ("the automated training level", "what does no mlops look like"), or after what another
     * level "adds over" ("what does the top level add over automated deployment"); level 1's name and level 4's full name
     * always, as nothing else is called that. Elsewhere "automated training" is a practice.
     */
    private static final List<String> LEVEL_NAME_WORDS = List.of(
            "no[- ]mlops", "devops[- ](but[- ]no|without)[- ]mlops", "automat(ed|ic) (re)?training", "automat(ed|ic) ((model )?deployment|releasing)",
            "full(y)? (mlops )?(automated operations|automation|automated)");
    private static final List<Pattern> LEVEL_NAMES = LEVEL_NAME_WORDS.stream()
            .map(name -> Pattern.compile("\\b(the )?(" + name + ")(( level| stage| rung| phase)\\b|(?= looks? like\\b))"
                    + "|(?<=\\b(us|we|team|be) at )(" + name + ")\\b"
                    + "|(?<=\\b(adds?|brings?|offers?|gives?) (over|on top of|beyond) )(the )?(" + name + ")\\b"
                    + "|\\b(the )?(" + name + ")(?= " + ADDS + ")"
                    + (name.startsWith("devops") ? "|\\b(the )?" + name + "\\b" : "")
                    + (name.startsWith("full") ? "|\\b(the )?full mlops automated operations\\b" : "")))
            .toList();
    /** Two levels' names set against each other name levels too: "between automated training and automated deployment". */
    private static final Pattern TWO_LEVEL_NAMES = Pattern.compile(
            "\\b(?<lead>between |from |compar(e|ing) |how (far apart|different) (are|is) )?(the )?"
                    + "(?<first>" + String.join("|", LEVEL_NAME_WORDS) + ")( level| stage)? "
                    + "(?<op>and|to|with|vs\\.?|versus) (the )?(?<second>" + String.join("|", LEVEL_NAME_WORDS) + ")\\b");
    /** A level told by what it automates: "the level where training is automated", "the level where deployment is too". */
    private static final Pattern LEVEL_WHERE_AUTOMATED = Pattern.compile(
            "\\b(?:the )?(?:level|rung|stage) (?:where|in which|at which) (?:model )?(training|deployment|releases|deploys) (?:is|gets|are|go out|run) "
                    + "(?:also )?(?:automated|automatic|too|as well|through a pipeline|by a pipeline|in a pipeline)\\b");
    private static final Pattern LOWEST_LEVEL = Pattern.compile(
            "\\b(the )?(least automated|lowest|bottom) (maturity |mlops )?level\\b"
                    + "|\\b(the )?(very )?bottom of the (maturity |mlops )?(scale|ladder)\\b"
                    + "|\\b(the )?(very )?(first|lowest|bottom) rung( of the (\\w+ )?(ladder|scale))?\\b"
                    + "|\\b(the )?(level|rung|stage) (called )?where (nobody|no one) automates anything( yet)?\\b"
                    + "|\\b(the )?(level|rung|stage) (called )?where nothing is automated( yet)?\\b");

    /** The kind of a question, read from its wording. */
    public static Intent of(String question) {
        var text = normalise(question);
        var withoutPleasantries = PLEASANTRIES.matcher(text).replaceAll(" ");
        var greeting = rest(GREETING_START, withoutPleasantries);
        if (greeting.isPresent() && (ADDRESSEES.containsAll(greeting.get()) || greeting.get().size() <= GREETING_TAIL)) {
            return GREETING;
        }
        var thanks = rest(THANKS_START, text);
        if (thanks.isPresent() && thanks.get().size() <= THANKS_TAIL || isShortThanks(text)) {
            return THANKS;
        }
        if (asksForHelp(withoutPleasantries)) {
            return HELP;
        }
        if (QuestionKind.asksWho(text) || QuestionKind.asksWhichLevel(text)) {
            // "Who decides our target level" asks about people's roles, which the articles answer, not the rules; "we
            // retrain weekly but deploy by hand - which level is that" asks which level those practices make, not which
            // level to aim for.
            return SEARCH;
        }
        if (HOW_TO_ASSESS_PATTERN.matcher(text).find()) {
            return HOW_TO_ASSESS;
        }
        // "Our assessment put us at level 1 - where do we start" tells the result and asks what to do with it.
        boolean asksWhereToStart = WHERE_TO_START.matcher(text).find()
                && (text.split("\\s+").length <= SHORT || MATURITY.matcher(text).find());
        if (TEAM_LEVEL_PATTERN.matcher(text).find() && !asksWhereToStart) {
            return TEAM_LEVEL;
        }
        if (NEXT_STEPS_PATTERN.matcher(text).find() || asksWhereToStart) {
            return NEXT_STEPS;
        }
        // A target asked for outright needs no stated facts, unless it names the level to aim for; asked as which level
        // fits, it needs them. The facts are read once, and only when they decide.
        boolean asksForATarget = TARGET_PATTERN.matcher(text).find();
        if (asksForATarget && !AIM_FOR_A_NAMED_LEVEL.matcher(text).find()
                || (asksForATarget || LEVEL_THAT_FITS.matcher(text).find() || TARGET_LAST.matcher(text).find())
                && StatedProfile.read(text).statesAnything()) {
            return TARGET;
        }
        if (levels(question).size() == 2) {
            return COMPARE_LEVELS;
        }
        if (ALL_LEVELS.matcher(text).find() || DESCRIBE_LEVEL.matcher(text).find()
                || (LEVEL_NUMBER.matcher(text).find() && ABOUT_LEVEL.matcher(text).find() && !NEEDS_A_LEVEL.matcher(text).find()
                && text.split("\\s+").length <= 10)) {
            return EXPLAIN_LEVEL;
        }
        if (STEP.matcher(text).find()) {
            return EXPLAIN_STEP;
        }
        return text.split("\\s+").length <= SHORT && !LEVEL_NUMBER.matcher(text).find() ? shortQuestion(text) : SEARCH;
    }

    private static Intent shortQuestion(String text) {
        if (LAST_ASSESSMENT.matcher(text).find()) {
            return TO_DO.matcher(text).find() ? NEXT_STEPS : TEAM_LEVEL;
        }
        if (ABOUT_US.matcher(text).find()) {
            if (NEXT.matcher(text).find()) {
                return NEXT_STEPS;
            }
            if (MATURITY.matcher(text).find() && !WEIGHS.matcher(text).find()) {
                return TEAM_LEVEL;
            }
            return SEARCH;
        }
        return LEVELS.matcher(text).find() ? EXPLAIN_LEVEL : SEARCH;
    }

    /**
     * The conversation a message the rules read as a question is when nothing answers it: a greeting when it greets
     * first, a thanks when it thanks anywhere, and neither when it asks something ("morning all - hope you're well",
     * "brilliant, cheers for sorting that out").
     */
    static Optional<Intent> smallTalk(String question) {
        var text = withoutEmoji(normalise(question));
        if (ASKS.matcher(text).find()) {
            return Optional.empty();
        }
        if (GREETING_START.matcher(text).find()) {
            return Optional.of(GREETING);
        }
        return THANKS_WITHIN.matcher(text).find() || THANKS_START.matcher(text).find() ? Optional.of(THANKS) : Optional.empty();
    }

    /** A message that thanks and says little and asks nothing besides ("exactly what i needed" asks nothing). */
    private static boolean isShortThanks(String text) {
        var thanks = THANKS_WITHIN.matcher(text);
        if (!thanks.find()) {
            return false;
        }
        var besides = thanks.replaceAll(" ").replaceAll("[^a-z0-9' ]", " ").strip();
        return !ASKS.matcher(besides).find() && besides.split("\\s+").length <= BESIDES_THANKS;
    }

    /**
     * Whether a message, its pleasantries taken out, asks what the app can do after any greeting ("morning! first time
     * using this - what can you do").
     */
    private static boolean asksForHelp(String withoutPleasantries) {
        return HELP_PATTERN.matcher(afterGreeting(withoutPleasantries.strip()).replaceFirst("^[^a-z0-9?]+", "")).find();
    }

    /** The message without a greeting and whom it greets in front ("hi there - what can you do" → "what can you do"). */
    private static String afterGreeting(String text) {
        var matcher = GREETING_START.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        var words = new ArrayList<>(List.of(text.substring(matcher.end()).replaceAll("^[^a-z0-9']+", "").split("[\\s,!.:;-]+")));
        while (!words.isEmpty() && ADDRESSEES.contains(words.get(0))) {
            words.remove(0);
        }
        return QUICK_ONE.matcher(String.join(" ", words)).replaceFirst("").strip();
    }

    /** The words after the start {@code start} matches, if the message starts so and asks nothing. */
    private static Optional<List<String>> rest(Pattern start, String text) {
        var words = withoutEmoji(text);
        var matcher = start.matcher(words);
        if (!matcher.find() || ASKS.matcher(words).find()) {
            return Optional.empty();
        }
        var rest = words.substring(matcher.end()).replaceAll("[^a-z0-9' ]", " ").strip();
        return Optional.of(rest.isEmpty() ? List.of() : List.of(rest.split("\\s+")));
    }

    /** The message without Slack's :emoji: codes, which say nothing a rule reads. */
    private static String withoutEmoji(String text) {
        return EMOJI.matcher(text).replaceAll(" ").strip();
    }

    /** The level a question names ("what does level 3 need?"), if any. */
    public static OptionalInt level(String question) {
        var matcher = LEVEL_NUMBER.matcher(normalise(question));
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** The level the question says a team is at, if it says one. */
    static OptionalInt levelStated(String question) {
        var matcher = AT_A_LEVEL.matcher(normalise(question));
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group("level"))) : OptionalInt.empty();
    }

    /** The distinct levels a question names, in the order named. */
    public static List<Integer> levels(String question) {
        var named = new LinkedHashSet<Integer>();
        var matcher = LEVELS_NAMED.matcher(normalise(question));
        while (matcher.find()) {
            named.add(Integer.parseInt(matcher.group(1)));
            if (matcher.group(2) != null) {
                named.add(Integer.parseInt(matcher.group(2)));
            }
        }
        return List.copyOf(named);
    }

    /** The lifecycle step a question names, as its id (design, train or operate). */
    public static Optional<String> step(String question) {
        var matcher = STEP_NAME.matcher(normalise(question));
        if (!matcher.find()) {
            return Optional.empty();
        }
        var word = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
        return Optional.of(word.startsWith("train") ? "train" : word.startsWith("operat") ? "operate" : "design");
    }

    /** The text with two levels' names set against each other read as their numbers; "and" alone only after "between". */
    private static String twoLevelNames(String text) {
        var matcher = TWO_LEVEL_NAMES.matcher(text);
        var read = new StringBuilder();
        while (matcher.find()) {
            var setAgainst = matcher.group("lead") != null || matcher.group("op").startsWith("v");
            matcher.appendReplacement(read, Matcher.quoteReplacement(!setAgainst ? matcher.group()
                    : Objects.toString(matcher.group("lead"), "") + "level " + levelNamed(matcher.group("first")) + " "
                            + matcher.group("op") + " level " + levelNamed(matcher.group("second"))));
        }
        return matcher.appendTail(read).toString();
    }

    /** The level whose name {@code name} is. */
    private static int levelNamed(String name) {
        return IntStream.range(0, LEVEL_NAME_WORDS.size()).filter(level -> name.matches(LEVEL_NAME_WORDS.get(level))).findFirst()
                .orElseThrow();
    }

    private static String neighbour(MatchResult named) {
        var level = named.group(2);
        var neighbour = neighbourOf(level.length() == 1 ? level.charAt(0) - '0' : NUMBERS.indexOf(level), named.group(1));
        return neighbour.isPresent() ? "level " + neighbour.getAsInt() : named.group();
    }

    /** The level next to {@code level} in {@code direction} ("above", "after" and "past" go up, the others down), if there is one. */
    private static OptionalInt neighbourOf(int level, String direction) {
        int neighbour = level + (List.of("above", "after", "past").contains(direction) ? 1 : -1);
        return neighbour >= 0 && neighbour < NUMBERS.size() ? OptionalInt.of(neighbour) : OptionalInt.empty();
    }

    static String normalise(String question) {
        var text = question.toLowerCase(Locale.ROOT).replaceAll("[’`]", "'").replaceAll("\\s+", " ").strip();
        text = LEVEL_IN_WORDS.matcher(text).replaceAll(m -> m.group(1) + NUMBERS.indexOf(m.group(2)));
        text = SECOND_LEVEL_IN_WORDS.matcher(text).replaceAll(m -> m.group(1) + NUMBERS.indexOf(m.group(2)));
        text = NEIGHBOUR_LEVEL.matcher(text).replaceAll(Intent::neighbour);
        text = twoLevelNames(text);
        for (int level = LEVEL_NAMES.size() - 1; level >= 0; level--) {
            text = LEVEL_NAMES.get(level).matcher(text).replaceAll("level " + level);
        }
        text = HIGHEST_LEVEL.matcher(text).replaceAll("level 4");
        text = LEVEL_THEN_ITS_NEIGHBOUR.matcher(text).replaceAll(Intent::levelThenItsNeighbour);
        text = LEVEL_WHERE_AUTOMATED.matcher(text).replaceAll(m -> "level " + (m.group(1).equals("training") ? 2 : 3));
        text = AUTOMATED_RELEASES_ADD.matcher(text).replaceAll("what would level 3 add");
        text = ADDS_OVER_THE_LEVEL_BELOW.matcher(text).replaceAll(m -> m.group() + " over level " + (Integer.parseInt(m.group(1)) - 1));
        text = LIFECYCLE_STEP.matcher(text).replaceAll("$1 step");
        for (var step : STEP_BY_PLACE.entrySet()) {
            var name = step.getKey() + " step";
            text = step.getValue().matcher(text).replaceAll(m -> m.group().startsWith("the ") ? "the " + name : name);
        }
        for (var step : STEP_BY_STATE.entrySet()) {
            text = step.getValue().matcher(text).replaceAll("$1what is the " + step.getKey() + " step");
        }
        text = AT_AND_TO.matcher(text).replaceAll(m -> A_LEVEL_NUMBER.matcher(m.group()).replaceAll("level $1"));
        if (text.contains("level")) {
            text = LEVEL_RANGE.matcher(text).replaceAll("from level $1 to level $3");
        }
        text = LOWEST_LEVEL.matcher(text).replaceAll("level 0");
        return LEVEL_BETWEEN.matcher(text).replaceAll(Intent::levelBetween);
    }

    private static String levelThenItsNeighbour(MatchResult named) {
        var neighbour = neighbourOf(Integer.parseInt(named.group(1)), named.group(4));
        return neighbour.isPresent() ? "level " + named.group(1) + named.group(2) + "level " + neighbour.getAsInt() : named.group();
    }

    /** The level halfway between two levels two apart ("the one between level 0 and level 2" is level 1), else the words as said. */
    private static String levelBetween(MatchResult between) {
        int one = Integer.parseInt(between.group(2));
        int other = Integer.parseInt(between.group(3));
        return Math.abs(one - other) == 2 ? "level " + (one + other) / 2 : between.group();
    }
}
