package dev.mlopsguide.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.chat.ChatModel;
import dev.mlopsguide.history.Change;
import dev.mlopsguide.history.Comparison;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.Area;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.Level;
import dev.mlopsguide.maturity.LifecycleStep;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.Target;
import dev.mlopsguide.maturity.TargetAdvisor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Answers an MLOps question. Questions the domain answers better come first: the team's level and next steps (from
 * its latest assessment), a level or a step explained, how to run the assessment. Anything else is searched: the
 * best passage is the answer, two more are related reading, and below a confidence threshold the answer says it may not
 * be what was asked, or that the app is not sure.
 * Answers are plain text with light Markdown ({@code **bold**}, {@code - } bullets).
 */
public final class Answerer {

    /**
     * Below this confidence (see {@link Evidence#confidence}) the answer is not sure of itself: given tentatively (see
     * {@link #TENTATIVE_MEANING}) or not at all. Chosen on the tuning part of {@code knowledge/questions.csv} as the
     * threshold with the best F0.5 (precision counted twice): there, measured in folds, it keeps 96% of the answerable
     * questions at 93% precision, tied with 0.375; from 0.4 up recall falls fast. On the held-apart sets the best
     * moved between 0.275 and 0.45.
     * {@code mlops-guide eval answers} prints the trade-off.
     */
    public static final double CONFIDENCE_THRESHOLD = 0.35;
    /**
     * How much a word the knowledge never uses weighs in the confidence's share of the question's words, as a share of
     * the rarest word's weight. Less than a rare word the knowledge uses, as a place's name ("the ferris wheel model")
     * says nothing of whether an article answers; more than in ranking ({@link Retriever#UNKNOWN_WORD_SHARE}), as a
     * question mostly in such words ("can you fix my excel formula") is likely about something else. Chosen on the
     * tuning part in folds with 10,670 questions: among 0.25, 0.45, 0.6 and 1, sure at 1 0.937, 0.934, 0.930 and
     * 0.922, off-topic questions left unanswered 0.936, 0.944, 0.947 and 0.947.
     */
    static final double UNKNOWN_WORD_SHARE = 0.6;
    /**
     * A best article this far ahead of the next one in the ranking (on the retriever's scale) is not doubted down to
     * {@link #CLEAR_WINNER_FLOOR}: a question that one article answers clearly better than any other is on its topic
     * even in words the article does not use. Both chosen on the tuning part by F0.5 (0.939 → 0.941; 0.1 and 0.2-0.3
     * as floors scored within 0.002; no off-topic question passes). The margin was 0.15 until the
     * {@link AskedClassifier} widened the gaps between articles: with it, 0.15 let two of the 78 off-topic questions
     * through as clear winners ("what time is the all hands"), 0.2 and 0.25 none.
     */
    static final double CLEAR_WINNER_MARGIN = 0.2;
    static final double CLEAR_WINNER_FLOOR = 0.25;
    /**
     * Below the threshold, an answer whose best article is at least this close in meaning to the question is given,
     * saying it may not be what was asked ({@link Certainty#TENTATIVE}): such questions are worded unlike the article,
     * and the article answers most of them (10 of 16 on the tuning part, 5 of 6 on held-apart set L). Off-topic
     * questions that come this close are turned away by their likeness to those nothing answers
     * ({@link #UNANSWERED_MARGIN}).
     */
    static final double TENTATIVE_MEANING = 0.46;
    /**
     * A question closer in meaning, by this much, to the off-topic questions people asked here (the two closest of
     * {@link KnowledgeBase#unanswered}) than to those the best article answers is not answered, whatever words it
     * shares with the article: "is there a car wash nearby that takes card" shares one with model cards and none of its
     * meaning. Unless the question names a symptom, a product or practices the article is about. Chosen on the tuning
     * part in folds: off-topic questions left unanswered 0.898 without, 0.971 at -0.05, 0.965 at 0, 0.958 at 0.05 and
     * 0.949 at 0.1; 7 other questions became misses at -0.05, 1 at 0 and none from 0.05.
     */
    static final double UNANSWERED_MARGIN = 0.05;
    /**
     * How alike in meaning two questions must be to count as the same, so that an expert's reply to one may answer the
     * other: rewordings of one sentence. Measured with MiniLM: paraphrases of "how do we roll back a model?" score
     * 0.61-0.79 against it, "how do we roll out a model gradually?" 0.81, so only near-copies are taken as the same.
     */
    static final double SAME_QUESTION = 0.85;
    /**
     * How alike in meaning questions must be to be grouped in the gap report: paraphrases (0.61-0.79 above) group
     * together, other practices (below 0.4) apart; neighbours such as rolling back and rolling out may share a group.
     */
    static final double SIMILAR_QUESTIONS = 0.6;
    /**
     * How many characters of a message are read as its question. The embedding model reads about 500 anyway, and the
     * patterns that read intents and symptoms take time that grows with the square of the length: a pasted 40,000
     * character log held a worker for over a minute.
     */
    static final int LONGEST_QUESTION = 500;
    private static final int RELATED = 2;
    private static final int SEARCHED = 1 + RELATED;
    /** How many passages a language model writes from: its [n] number the answer's sources in this order. */
    private static final int WRITTEN_FROM = 4;
    /** Whom a question ends by saying it is for ("what is drift, for the pool team"): a name, not a topic, so not searched. */
    private static final Pattern FOR_A_TEAM = Pattern.compile(",? for (the|our|my) ([\\w-]+ ){0,3}(team|squad|crew|folks)(?=[ ?!.]*$)",
            Pattern.CASE_INSENSITIVE);

    /** Where an answer comes from. */
    public record Source(String id, String title, String path, double score) {
    }

    /** How sure an answer is: sure, given but saying it may not be what was asked, or not given at all. */
    public enum Certainty { SURE, TENTATIVE, NOT_SURE }

    /** An answer, with how sure of it the app is. */
    public record Answer(String question, String text, Intent intent, double confidence, Certainty certainty,
                         List<Source> sources, List<Passage> related) {
        public Answer {
            sources = List.copyOf(sources);
            related = List.copyOf(related);
        }

        /** Whether the app is sure of the answer: false when it says it is not sure, or that it may be wrong. */
        public boolean confident() {
            return certainty == Certainty.SURE;
        }

        /** Whether the answer answers, sure or not: false when it only says it is not sure. */
        public boolean answers() {
            return certainty != Certainty.NOT_SURE;
        }
    }

    /**
     * What is known of the asker's team: its name, its latest result if it was assessed, and how that result compares
     * with the assessment before it, if there was one.
     */
    public record TeamContext(String teamName, Optional<AssessmentResult> latest, Optional<Comparison> sincePrevious) {
        public static final TeamContext UNKNOWN = new TeamContext("", Optional.empty());

        public TeamContext(String teamName, Optional<AssessmentResult> latest) {
            this(teamName, latest, Optional.empty());
        }
    }

    private final MaturityContent content;
    private final Retriever retriever;
    private final TargetAdvisor advisor;
    private final AnswerComposer composer;
    private final ToolNames tools;
    private final Optional<ModelWrittenAnswers> writer;
    /** The meanings of questions asked before (those experts answered), held in memory only. */
    private final Cache<String, float[]> askedMeanings = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterAccess(Duration.ofHours(1)).build();
    private final Cache<String, Answer> searches = Caffeine.newBuilder()
            .maximumSize(5_000).expireAfterWrite(Duration.ofMinutes(30)).build();

    public Answerer(MaturityContent content, Retriever retriever) {
        this(content, retriever, Optional.empty());
    }

    /** With {@code model}, searched answers are written by a language model from the passages found (see {@link ModelWrittenAnswers}). */
    public Answerer(MaturityContent content, Retriever retriever, Optional<ChatModel> model) {
        this(content, retriever, model.map(m -> new ModelWrittenAnswers(m, retriever::terms)).orElse(null));
    }

    private Answerer(MaturityContent content, Retriever retriever, ModelWrittenAnswers writer) {
        this.content = Objects.requireNonNull(content);
        this.retriever = Objects.requireNonNull(retriever);
        this.writer = Optional.ofNullable(writer);
        this.advisor = new TargetAdvisor(content.targetRules());
        this.composer = new AnswerComposer(retriever::terms);
        this.tools = ToolNames.in(retriever.passages());
    }

    /**
     * An answerer like this one whose knowledge no longer holds {@code questions} among the questions its documents
     * answer, so that a question measured is never answered from itself; it shares this one's language model and tally.
     */
    Answerer without(Set<String> questions) {
        return new Answerer(content, retriever.without(questions), writer.orElse(null));
    }

    /** What the language model wrote so far, when answers are written by one. */
    public Optional<ModelWrittenAnswers.Tally> written() {
        return writer.map(ModelWrittenAnswers::tally);
    }

    /** Everything the answers come from. */
    public KnowledgeBase knowledge() {
        return retriever.knowledge();
    }

    /** {@code team} is asked for only when the question is about the asker's team. */
    public Answer answer(String question, Supplier<TeamContext> team) {
        var read = readPart(question);
        var answer = answerRead(read, team);
        return read.length() == question.strip().length() ? answer : new Answer(answer.question(),
                "_Your message is long: I read its first " + read.length() + " characters._\n" + answer.text(),
                answer.intent(), answer.confidence(), answer.certainty(), answer.sources(), answer.related());
    }

    /** The part of a message read as its question: all of it, or its start up to a word's end within the limit. */
    static String readPart(String message) {
        var whole = message.strip();
        if (whole.length() <= LONGEST_QUESTION) {
            return whole;
        }
        var start = whole.substring(0, LONGEST_QUESTION);
        return start.substring(0, Math.max(start.lastIndexOf(' '), LONGEST_QUESTION / 2)).strip();
    }

    private Answer answerRead(String asked, Supplier<TeamContext> team) {
        var intent = Intent.of(asked);
        if (intent != Intent.SEARCH) {
            return answerByRules(asked, intent, team);
        }
        // A question for the rules in misspelt words ("wat shud our targt levle be with 2 modles") is read as the
        // knowledge spells them, as the search reads every question.
        var read = retriever.correctSpelling(asked);
        // Most questions are spelt right: their intent, a millisecond of patterns, is not read a second time.
        var readIntent = read.equals(asked) ? intent : Intent.of(read);
        return readIntent == Intent.SEARCH ? searchOrSmallTalk(asked, read) : answerByRules(read, readIntent, team);
    }

    /** The answer of the rules to a question they read: any intent but a search. */
    private Answer answerByRules(String asked, Intent intent, Supplier<TeamContext> team) {
        return switch (intent) {
            case TEAM_LEVEL -> teamLevel(asked, team.get());
            case NEXT_STEPS -> nextSteps(asked, team.get());
            case TARGET -> target(asked, team);
            case COMPARE_LEVELS -> compareLevels(asked, Intent.levels(asked));
            case EXPLAIN_LEVEL -> Intent.level(asked).isPresent() ? level(asked, content.level(Intent.level(asked).getAsInt()))
                    : levels(asked);
            case EXPLAIN_STEP -> Intent.step(asked).flatMap(content::step).map(s -> step(asked, s)).orElseGet(() -> search(asked));
            case HOW_TO_ASSESS -> howToAssess(asked);
            case GREETING, THANKS, HELP -> conversation(asked, intent);
            case SEARCH -> throw new IllegalArgumentException("a search is not answered by the rules");
        };
    }

    /**
     * The searched answer, unless nothing answers a message that only greets or thanks in words the rules miss;
     * {@code read} is the message as the knowledge spells it.
     */
    private Answer searchOrSmallTalk(String asked, String read) {
        var answer = search(asked, () -> read);
        return answer.answers() ? answer : Intent.smallTalk(asked).map(intent -> conversation(asked, intent)).orElse(answer);
    }

    /**
     * Which of the questions {@code asked} before is the same as {@code message} (the part of each read as a question,
     * {@link #readPart}), in other words perhaps: the first alike in meaning by at least {@link #SAME_QUESTION} once
     * spelling is read as the knowledge spells it.
     */
    public OptionalInt sameAs(String message, List<String> asked) {
        if (asked.isEmpty()) {
            return OptionalInt.empty();
        }
        var question = readPart(message);
        var meaning = retriever.meaning(question);
        return IntStream.range(0, asked.size()).filter(i -> alike(question, meaning, readPart(asked.get(i)),
                askedMeanings.get(asked.get(i), before -> retriever.meaning(readPart(before))), SAME_QUESTION)).findFirst();
    }

    /**
     * The questions grouped by likeness ({@link #SIMILAR_QUESTIONS}), as indexes into the list, the biggest group
     * first: each question joins the first group whose first question it is like.
     */
    public List<List<Integer>> sameQuestions(List<String> questions) {
        var meanings = questions.stream().map(retriever::meaning).toList();
        var groups = new ArrayList<List<Integer>>();
        for (int i = 0; i < questions.size(); i++) {
            int question = i;
            groups.stream().filter(group -> alike(questions.get(group.get(0)), meanings.get(group.get(0)),
                            questions.get(question), meanings.get(question), SIMILAR_QUESTIONS)).findFirst()
                    .ifPresentOrElse(group -> group.add(question), () -> groups.add(new ArrayList<>(List.of(question))));
        }
        groups.sort(Comparator.comparingInt(List<Integer>::size).reversed());
        return groups;
    }

    static boolean alike(String a, float[] meaningOfA, String b, float[] meaningOfB, double threshold) {
        return Intent.normalise(a).equals(Intent.normalise(b)) || Retriever.cosine(meaningOfA, meaningOfB) >= threshold;
    }

    /** The answer from the knowledge base alone, cached: the same question gets the same answer. */
    public Answer search(String question) {
        return search(question, () -> retriever.correctSpelling(question));
    }

    /** {@code read} gives the question as the knowledge spells it, asked for only when the answer is not cached. */
    private Answer search(String question, Supplier<String> read) {
        return searches.get(Intent.normalise(question), q -> searchUncached(question, FOR_A_TEAM.matcher(read.get()).replaceFirst("")));
    }

    /** The searched answer to {@code question}, {@code read} as the knowledge spells it. */
    private Answer searchUncached(String question, String read) {
        var normalised = Intent.normalise(read);
        var kind = QuestionKind.of(normalised);
        var symptoms = Symptoms.read(read);
        var searched = kind.query(EverydayWords.read(symptoms.expanded()));
        var ranking = retriever.rankWithUnanswered(searched);
        var causes = symptoms.causes();
        var ranked = kind.favour(normalised, Symptoms.favourCauses(symptoms,
                tools.favourNamed(read, ranking.hits())));
        var hits = Retriever.bestPerDocument(ranked, SEARCHED);
        if (hits.isEmpty()) {
            return notSure(question, hits, 0);
        }
        var evidence = evidence(searched, ranked);
        double confidence = evidence.confidence();
        var best = hits.get(0).passage();
        boolean clearWinner = confidence >= CLEAR_WINNER_FLOOR
                && (hits.size() == 1 || hits.get(0).score() - hits.get(1).score() >= CLEAR_WINNER_MARGIN);
        // On topic by what the question names: a symptom the app knows, answered from an article about one of its causes,
        // a product, answered from a passage that names it, or practices, answered from the level they make.
        boolean named = causes.contains(best.docId()) || tools.namesOneOf(read, best) || kind.isStatedLevel(normalised, best);
        // Off topic by likeness: nearer what people asked here that nothing answers than what the best article answers.
        boolean unanswered = !named && ranking.unanswered() >= evidence.meaning() + UNANSWERED_MARGIN;
        if (named || clearWinner && !unanswered) {
            confidence = Math.max(confidence, CONFIDENCE_THRESHOLD);
        }
        var certainty = unanswered ? Certainty.NOT_SURE : confidence >= CONFIDENCE_THRESHOLD ? Certainty.SURE
                : evidence.meaning() >= TENTATIVE_MEANING ? Certainty.TENTATIVE : Certainty.NOT_SURE;
        if (certainty == Certainty.NOT_SURE) {
            return notSure(question, hits, confidence);
        }
        var hedge = certainty == Certainty.TENTATIVE
                ? "_I'm not certain this is what you're asking; it is the closest I have._\n" : "";
        var composition = composer.compose(read, kind, ranked, symptoms.likeliest());
        var related = hits.subList(1, hits.size()).stream().map(Retriever.Hit::passage).toList();
        if (writer.isPresent()) {
            var given = new ArrayList<>(composition.parts());
            hits.stream().map(Retriever.Hit::passage).filter(p -> !given.contains(p)).forEach(given::add);
            var from = List.copyOf(given.subList(0, Math.min(given.size(), WRITTEN_FROM)));
            var written = writer.get().write(read, from);
            if (written instanceof ModelWrittenAnswers.Written.Refused) {
                return notSure(question, hits, confidence);
            }
            if (written instanceof ModelWrittenAnswers.Written.Grounded grounded) {
                return new Answer(question, hedge + grounded.text(), Intent.SEARCH, confidence, certainty,
                        from.stream().map(p -> source(p, hits.get(0).score())).toList(), related);
            }
        }
        var text = new StringBuilder();
        if (!read.equals(question)) {
            // The asker's own words, quoted: no markup of theirs may end the italics or bold the rest.
            var quoted = read.strip().replaceAll("[*_`~]", "");
            text.append("_Read as \"").append(quoted.length() > 200 ? quoted.substring(0, 200) + "…" : quoted)
                    .append("\"._\n");
        }
        text.append(hedge);
        if (kind == QuestionKind.COMPARE && tools.compared(read)) {
            text.append("I don't rank tools or recommend one vendor over another: the right one depends on what your "
                    + "team already runs and knows. What I know about them:\n");
        }
        text.append(composition.text());
        var sources = new ArrayList<Source>();
        composition.parts().forEach(p -> sources.add(source(p, hits.get(0).score())));
        hits.stream().filter(h -> composition.parts().stream().noneMatch(p -> p.docId().equals(h.passage().docId())))
                .forEach(h -> sources.add(source(h.passage(), h.score())));
        return new Answer(question, text.toString(), Intent.SEARCH, confidence, certainty, sources, related);
    }

    /**
     * Two kinds of evidence that the best article answers: how close its best section is in meaning to the question
     * (cosine) and the share of the question's words it contains, rare words weighing more. The question is taken as
     * searched: a symptom the app recognised counts with the causes it stands for.
     */
    private record Evidence(double meaning, double words) {

        /**
         * How sure the answer is, from 0 to 1: the mean of both. Meaning alone misses short questions ("feast?") and
         * vivid ones ("notebooks thrown over the wall") that an article answers in the same words; words alone are
         * fooled by common ones.
         */
        double confidence() {
            return (meaning + words) / 2;
        }
    }

    private Evidence evidence(String question, List<Retriever.Hit> ranked) {
        var best = ranked.get(0).passage();
        double meaning = ranked.stream().filter(h -> h.passage().docId().equals(best.docId()) && !Float.isNaN(h.cosine()))
                .mapToDouble(Retriever.Hit::cosine).max().orElse(0);
        return new Evidence(meaning, retriever.coverage(question, String.join(" ", best.title(), best.keywords(), best.text()),
                UNKNOWN_WORD_SHARE));
    }

    private Answer notSure(String question, List<Retriever.Hit> hits, double confidence) {
        var text = new StringBuilder("I'm not sure I know the answer to that.");
        if (!hits.isEmpty()) {
            text.append(" The closest I have is **").append(hits.get(0).passage().label()).append("**.");
        }
        text.append("\nTry naming the practice or tool you mean (for example \"model registry\" or \"data drift\"), or "
                + "ask me to explain the design, train or operate step, or the maturity levels.");
        return new Answer(question, text.toString(), Intent.SEARCH, confidence, Certainty.NOT_SURE, sources(hits), List.of());
    }

    /**
     * The level to aim for, from the target rules: for the facts the question states (and what is assumed for the
     * rest, said so), or else for the team's own profile; never a level's description in place of the rules.
     */
    private Answer target(String question, Supplier<TeamContext> team) {
        var stated = StatedProfile.read(question);
        if (!stated.statesAnything()) {
            var context = team.get();
            var saved = context.latest().flatMap(AssessmentResult::target);
            if (saved.isPresent()) {
                return domain(question, targetText(saved.get(), "for " + name(context) + "'s saved profile"),
                        Intent.TARGET, "targets", "The target rules");
            }
        }
        var target = advisor.advise(stated.profile());
        var text = targetText(target, "for a team " + (stated.read().isEmpty() ? "you did not describe"
                : String.join(", ", stated.read())));
        var assumed = stated.assumed().isEmpty() ? "" : "\n_Assumed, as the question does not say:_ "
                + String.join(", ", stated.assumed()) + ". Tell me more, or set your team's profile with "
                + "`/mlops-assess profile`.";
        return domain(question, text + assumed, Intent.TARGET, "targets", "The target rules");
    }

    private String targetText(Target target, String forWhom) {
        var text = new StringBuilder("**Level " + target.level() + " · " + content.level(target.level()).name() + "** "
                + forWhom + ".");
        target.reasons().forEach(r -> text.append("\n- ").append(r));
        target.notes().forEach(n -> text.append("\n- _Note:_ ").append(n));
        return text.toString();
    }

    private Answer teamLevel(String question, TeamContext team) {
        if (team.latest().isEmpty()) {
            return noAssessment(question, Intent.TEAM_LEVEL, team);
        }
        var result = team.latest().get();
        var score = result.score();
        var text = new StringBuilder("**" + name(team) + " is at level " + score.level() + " · " + result.level().name()
                + "**. " + result.summary());
        if (!score.binding().isEmpty()) {
            text.append("\nWhat holds it at level ").append(score.level()).append(':');
            score.binding().forEach(b -> text.append("\n- ").append(b.question().text()).append(" → ").append(b.option().label()));
        }
        result.target().ifPresent(t -> text.append("\nTarget: level ").append(t.level()).append(" · ")
                .append(content.level(t.level()).name()).append(result.isAtOrAboveTarget() ? " (reached)." : "."));
        text.append('\n').append(team.sincePrevious().map(c -> progress(c, score.level()))
                .orElse("This is its first assessment: the next one will show what changed."));
        return domain(question, text.toString(), Intent.TEAM_LEVEL, "assessment:latest", "The team's latest assessment");
    }

    /**
     * How the latest assessment, now at {@code level}, compares with the one before it, overall and in the areas that
     * moved. The level is the one the answer gives (scored on today's questionnaire), so that the two agree.
     */
    private String progress(Comparison comparison, int level) {
        var overall = new Change(comparison.overall().before(), OptionalInt.of(level));
        var text = new StringBuilder("Since the assessment before it" + apart(comparison) + ": "
                + movement("level", overall) + ".");
        var moved = comparison.areas().entrySet().stream()
                .filter(area -> area.getValue().direction() == Change.Direction.UP
                        || area.getValue().direction() == Change.Direction.DOWN)
                .sorted(Map.Entry.comparingByKey(content.questionnaire().areaOrder()))
                .map(area -> movement(content.questionnaire().area(area.getKey()).map(Area::name).orElse(area.getKey()),
                        area.getValue()))
                .toList();
        if (!moved.isEmpty()) {
            text.append(" Moved: ").append(String.join("; ", moved)).append('.');
        }
        return text.toString();
    }

    private static String movement(String what, Change change) {
        return switch (change.direction()) {
            case UP -> what + " " + change.before().getAsInt() + " → " + change.after().getAsInt() + " (up " + change.delta() + ")";
            case DOWN -> what + " " + change.before().getAsInt() + " → " + change.after().getAsInt() + " (down " + -change.delta() + ")";
            default -> what + " " + change.after().orElse(change.before().orElse(0)) + ", unchanged";
        };
    }

    /** How long before the latest the earlier assessment was taken, in words: " (taken 3 weeks earlier)". */
    private static String apart(Comparison comparison) {
        if (comparison.before().isEmpty() || comparison.after().isEmpty()) {
            return "";
        }
        long days = Duration.between(comparison.before().get().takenAt(), comparison.after().get().takenAt()).toDays();
        return " (taken " + (days == 0 ? "the same day" : days == 1 ? "a day earlier" : days < 14 ? days + " days earlier"
                : days < 61 ? days / 7 + " weeks earlier" : days / 30 + " months earlier") + ")";
    }

    private Answer nextSteps(String question, TeamContext team) {
        if (team.latest().isEmpty()) {
            var stated = Intent.levelStated(question);
            return stated.isPresent() && stated.getAsInt() < 4 ? nextLevel(question, stated.getAsInt())
                    : noAssessment(question, Intent.NEXT_STEPS, team);
        }
        var result = team.latest().get();
        if (result.nextSteps().isEmpty()) {
            var text = result.isAtOrAboveTarget()
                    ? "**" + name(team) + " is at its target level.** " + result.beyondTarget()
                    : "**No next steps:** " + name(team) + " is already at level 4.";
            return domain(question, text, Intent.NEXT_STEPS, "assessment:latest", "The team's latest assessment");
        }
        var text = new StringBuilder(result.stepsOptional()
                ? "**" + name(team) + " is at its target level.** Optional, to go further (from its latest assessment):"
                : "**Next steps for " + name(team) + "** (from its latest assessment):");
        int n = 1;
        for (var step : result.nextSteps().subList(0, Math.min(3, result.nextSteps().size()))) {
            text.append("\n").append(n++).append(". **").append(step.step().title()).append("** (effort ")
                    .append(step.step().effort()).append(", ").append(result.stepTag(step)).append("): ")
                    .append(step.step().why());
        }
        return domain(question, text.toString(), Intent.NEXT_STEPS, "assessment:latest", "The team's latest assessment");
    }

    /** Next steps for a team said to be at {@code level} whose assessment is not known: what the next level adds. */
    private Answer nextLevel(String question, int level) {
        var text = new StringBuilder("**From level " + level + " · " + content.level(level).name() + " to level " + (level + 1)
                + " · " + content.level(level + 1).name() + "** (`/mlops-assess` gives the steps that fit the team's own answers)");
        appendWhatEachLevelAdds(text, level, level + 1);
        return domain(question, text.toString(), Intent.NEXT_STEPS, "levels#" + level + "-" + (level + 1),
                "Levels " + level + " and " + (level + 1));
    }

    private Answer noAssessment(String question, Intent intent, TeamContext team) {
        var who = team.teamName().isEmpty() ? "this team" : team.teamName();
        return domain(question, "I don't have an assessment of " + who + " yet. Run `/mlops-assess` to take it (about "
                + "five minutes), or `/mlops-assess team` to answer it together in a thread; then ask me again.",
                intent, "assessment:none", "No assessment yet");
    }

    private Answer level(String question, Level level) {
        var text = new StringBuilder("**Level " + level.number() + " · " + level.name() + "**: " + level.summary());
        level.characteristics().forEach(c -> text.append("\n- ").append(c));
        text.append("\nFits: ").append(String.join("; ", level.useCases())).append('.');
        var steps = stepsToReach(level.number());
        if (!steps.isEmpty()) {
            text.append("\nWhat it adds over level ").append(level.number() - 1).append(": ").append(steps).append('.');
        }
        return domain(question, text.toString(), Intent.EXPLAIN_LEVEL, "levels#" + level.number(), "Level " + level.number());
    }

    /** What a team at the lower of two levels must add to be at the higher one: each level's marks and the steps. */
    private Answer compareLevels(String question, List<Integer> named) {
        int from = Math.min(named.get(0), named.get(1));
        int to = Math.max(named.get(0), named.get(1));
        var text = new StringBuilder("**Level " + from + " · " + content.level(from).name() + " → level " + to + " · "
                + content.level(to).name() + "**");
        appendWhatEachLevelAdds(text, from, to);
        return domain(question, text.toString(), Intent.COMPARE_LEVELS, "levels#" + from + "-" + to,
                "Levels " + from + " and " + to);
    }

    /** Each level above {@code from} up to {@code to}: its marks and the steps to it. */
    private void appendWhatEachLevelAdds(StringBuilder text, int from, int to) {
        for (int number = from + 1; number <= to; number++) {
            var level = content.level(number);
            text.append("\nLevel ").append(number).append(" adds: ").append(level.summary());
            level.characteristics().forEach(c -> text.append("\n- ").append(c));
            var steps = stepsToReach(number);
            if (!steps.isEmpty()) {
                text.append("\nSteps from level ").append(number - 1).append(": ").append(steps).append('.');
            }
        }
    }

    /** The steps that lift answers capping a team just below {@code level}, joined for a sentence. */
    private String stepsToReach(int level) {
        var needed = new LinkedHashSet<String>();
        content.questionnaire().questions().forEach(q -> q.options().stream().filter(o -> o.capsAt() == level - 1)
                .flatMap(o -> o.nextSteps().stream()).forEach(needed::add));
        return needed.stream().limit(8).map(id -> content.nextSteps().get(id).title().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("; "));
    }

    private Answer levels(String question) {
        var text = new StringBuilder("**The five MLOps maturity levels**");
        content.levels().forEach(l -> text.append("\n- **Level ").append(l.number()).append(" · ").append(l.name())
                .append("**: ").append(l.summary()));
        text.append("\nA higher level is not always better: automation costs money. Set a team profile to see the level that fits.");
        return domain(question, text.toString(), Intent.EXPLAIN_LEVEL, "levels", "The maturity levels");
    }

    private Answer step(String question, LifecycleStep step) {
        var text = new StringBuilder("**" + step.name() + "**: " + step.what() + "\n" + step.why() + "\nQuestions to ask:");
        step.questions().forEach(q -> text.append("\n- ").append(q));
        return domain(question, text.toString(), Intent.EXPLAIN_STEP, "lifecycle#" + step.id(), step.name());
    }

    private Answer howToAssess(String question) {
        var text = "**Three ways to take the MLOps assessment** (about 20 questions, five minutes):\n"
                + "- Alone, in a form: `/mlops-assess` in your team's channel.\n"
                + "- With your team, in a thread: `/mlops-assess team`; anyone in the channel answers.\n"
                + "- In a terminal: `mlops-guide assess`.\n"
                + "You get your level overall and per area, what holds you back, and the next steps. Set your profile "
                + "with `/mlops-assess profile` to get a target level.";
        return domain(question, text, Intent.HOW_TO_ASSESS, "assessment:how", "How to run the assessment");
    }

    private static final String WHAT_I_DO = "I help ML teams run their models well:\n"
            + "- **Ask me** an MLOps question here, by mention in a channel or in a DM: drift, registries, releases, "
            + "monitoring, retraining ... For example \"how do we detect data drift?\" or \"what does level 3 need?\"\n"
            + "- **`/mlops-assess`** assesses your team's MLOps maturity (alone in a form, or `/mlops-assess team` "
            + "together in a thread) and says what to do next.\n"
            + "- **`/mlops-assess explain design|train|operate|levels`** explains the steps of an ML project and the "
            + "maturity levels. `/mlops-assess help` lists everything.";

    /** A reply to a greeting, thanks or a request for help: no article to cite. */
    private static Answer conversation(String question, Intent intent) {
        var text = switch (intent) {
            case GREETING -> "Hi! " + WHAT_I_DO;
            case THANKS -> "You're welcome. Ask me anything else about running your models, or run `/mlops-assess` to "
                    + "see where your team stands.";
            default -> WHAT_I_DO;
        };
        return new Answer(question, text, intent, 1.0, Certainty.SURE, List.of(), List.of());
    }

    private static Answer domain(String question, String text, Intent intent, String sourceId, String sourceTitle) {
        return new Answer(question, text, intent, 1.0, Certainty.SURE, List.of(new Source(sourceId, sourceTitle, "", 1.0)),
                List.of());
    }

    private static List<Source> sources(List<Retriever.Hit> hits) {
        return hits.stream().map(h -> source(h.passage(), h.score())).toList();
    }

    private static Source source(Passage passage, double score) {
        return new Source(passage.id(), passage.label(), passage.source(), score);
    }

    private static String name(TeamContext team) {
        return team.teamName().isEmpty() ? "Your team" : team.teamName();
    }
}
