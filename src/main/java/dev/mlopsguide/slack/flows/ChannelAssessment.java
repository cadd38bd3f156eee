package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.rhythm.ThreadRhythm;
import dev.mlopsguide.slack.blocks.CheckInBlocks;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.ResultBlocks;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.blocks.ThreadBlocks;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.TimeZones;
import dev.mlopsguide.store.Assessments;
import dev.mlopsguide.store.Cadences;
import dev.mlopsguide.store.ChannelFlow;
import dev.mlopsguide.store.ChannelFlows;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.WorkflowRuns;
import dev.mlopsguide.store.WorkspaceSettings;
import dev.mlopsguide.team.TeamAssessor;
import dev.mlopsguide.team.TeamDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment as a thread in a channel that the whole team answers. Every step reads and writes the store, so
 * any replica can take the next click and a restart loses nothing. A request records what it changes together with
 * the follow-up work (post the root, the next question, the result), which the worker runs after the ack and again
 * after a crash; each message is posted under a name ({@link MessagePosts}), so a second run never posts it twice.
 */
public final class ChannelAssessment {

    public static final String START = "thread.start";
    public static final String STEP = "thread.step";
    public static final String SCORE = "thread.score";
    public static final String CLOSE = "thread.close";
    public static final String OUTCOME = "thread.outcome";
    /** The share of the questions that must be answered before "Finish" scores a thread. */
    static final double MIN_SHARE_TO_FINISH = 0.5;
    private static final Logger LOG = LoggerFactory.getLogger(ChannelAssessment.class);
    private static final String UNKNOWN_THREAD = "I no longer know about this team assessment.";

    /** Start a thread in a channel, as {@code user} asked by a command whose {@code responseUrl} can tell them. */
    record Start(String workspace, String channel, String channelName, String user, String responseUrl) {
    }

    /** After an answer to {@code question}, asked on {@code messageTs}: show it, and ask what follows. */
    record Step(long flow, String question, String messageTs, String user, String responseUrl) {
    }

    /** Score the finished flow and post its result. */
    record Score(long flow, String finishedBy) {
    }

    /** Tell the workflow runs waiting for the flow how it ended. */
    record Outcome(long flow) {
    }

    /** Show that the flow was cancelled, and take its buttons away. */
    record Close(long flow, String cancelledBy) {
    }

    private final MaturityContent content;
    private final ResultBlocks results;
    private final SlackAccess slack;
    private final ChannelFlows flows;
    private final FollowUps followUps;
    private final Records records;
    private final TeamDirectory teams;
    private final TeamAssessor assessor;
    private final TimeZones zones;

    /** What a team thread reads besides its own state: the team's results, its cadence, the workspace's settings. */
    public record Records(ChannelFlows flows, FollowUps followUps, Assessments assessments, Cadences cadences,
                          WorkspaceSettings settings, WorkflowRuns workflowRuns) {
    }

    public ChannelAssessment(MaturityContent content, SlackAccess slack, Records records, TeamDirectory teams,
                             TeamAssessor assessor) {
        this.content = content;
        this.results = new ResultBlocks(content);
        this.slack = slack;
        this.flows = records.flows();
        this.followUps = records.followUps();
        this.records = records;
        this.teams = teams;
        this.assessor = assessor;
        this.zones = new TimeZones(slack.calls());
    }

    /**
     * Keeps the work of starting a thread in the channel, posted right after the ack, unless the channel has an open
     * one already: one team assessment at a time.
     *
     * @return where the open assessment is, when there is one
     */
    public Optional<String> requestStart(String workspaceId, String workspaceDomain, String channelId,
                                         String channelName, String userId, String responseUrl) {
        var open = flows.openIn(channelId).filter(flow -> workspaceOf(flow).equals(workspaceId));
        if (open.isPresent()) {
            return Optional.of("This channel has a team assessment open already: <https://" + workspaceDomain
                    + ".slack.com/archives/" + channelId + "/p" + open.get().rootTs().replace(".", "")
                    + "|answer it in its thread>, or press *Finish and score now* there before starting another.");
        }
        followUps.add(Payloads.of(START, new Start(workspaceId, channelId, channelName, userId, responseUrl)));
        return Optional.empty();
    }

    /**
     * Records an answer clicked in the thread ({@code value} names the question and option), with the work of showing
     * it and asking the next question. The click counts only from the workspace of the thread and on the message that
     * asks that question.
     *
     * @return a note for the person who clicked, when the answer could not be taken
     */
    public Optional<String> answer(String workspaceId, String channelId, String threadTs, String messageTs,
                                   String value, String userId, String responseUrl) {
        var flow = flow(workspaceId, channelId, threadTs);
        var parsed = ThreadBlocks.parseAnswer(value);
        var question = parsed.flatMap(p -> questionnaire().question(p[0]));
        if (flow.isEmpty() || question.isEmpty() || question.get().option(parsed.get()[1]).isEmpty()
                || !asksOn(flow.get(), question.get().id(), messageTs)) {
            return Optional.of("This button belongs to a team assessment I no longer know about. Start a new one with "
                    + "`/mlops-assess team`.");
        }
        var step = new Step(flow.get().id(), question.get().id(), messageTs, userId, responseUrl);
        if (!flows.answer(flow.get().id(), question.get().id(), parsed.get()[1], userId, Payloads.of(STEP, step))) {
            return Optional.of("This team assessment is closed. Start a new one with `/mlops-assess team`.");
        }
        return Optional.empty();
    }

    /**
     * "Finish now" on the thread's root: closes the thread, with the work of scoring what was answered so far. A
     * thread with fewer than half of its questions answered is not scored; one with more, but not all, is scored as
     * partial, which never replaces the team's complete result (see {@code Assessments.latest}).
     *
     * @return a note for the person who clicked, when the thread is unknown or has nothing to score
     */
    public Optional<String> finish(String workspaceId, String channelId, String rootTs, String userId) {
        var flow = flow(workspaceId, channelId, rootTs);
        if (flow.isEmpty()) {
            return Optional.of(UNKNOWN_THREAD);
        }
        var state = state(flow.get());
        int needed = minimumToScore(state);
        if (state.answeredCount() < needed) {
            return Optional.of("Only " + state.answeredCount() + " of " + state.applicable.size() + " questions are "
                    + "answered; a team result needs at least " + needed + ", so nothing was scored and the team's "
                    + "current result stays as it is. Answer more in the thread, or cancel it if you started it.");
        }
        flows.finish(flow.get().id(), Payloads.of(SCORE, new Score(flow.get().id(), userId)));
        return Optional.empty();
    }

    /**
     * "Nothing else changed" on a check-in: the answers carried over are confirmed by whoever pressed it, and the
     * check-in is closed with the work of scoring it.
     *
     * @return a note for the person who clicked, when the check-in is unknown or closed
     */
    public Optional<String> confirm(String workspaceId, String channelId, String threadTs, String userId) {
        var flow = flow(workspaceId, channelId, threadTs).filter(ChannelFlow::isCheckIn);
        if (flow.isEmpty()) {
            return Optional.of(UNKNOWN_THREAD);
        }
        if (!flows.confirm(flow.get().id(), userId, Payloads.of(SCORE, new Score(flow.get().id(), userId)))) {
            return Optional.of("This check-in is closed already.");
        }
        return Optional.empty();
    }

    /**
     * "Cancel" on the thread's root: only whoever started the thread may (anyone may skip a check-in, which nobody
     * started), and nothing is scored; the work of closing the thread is kept with the change.
     *
     * @return a note for the person who clicked, when the thread is unknown or not theirs to cancel
     */
    public Optional<String> cancel(String workspaceId, String channelId, String rootTs, String userId) {
        var flow = flow(workspaceId, channelId, rootTs);
        if (flow.isEmpty()) {
            return Optional.of(UNKNOWN_THREAD);
        }
        if (!flow.get().isCheckIn() && !flow.get().startedBy().equals(userId)) {
            return Optional.of("Only " + Mrkdwn.user(flow.get().startedBy()) + ", who started this team assessment, "
                    + "can cancel it. You can still answer, or press *Finish and score now*.");
        }
        flows.cancel(flow.get().id(), Payloads.of(CLOSE, new Close(flow.get().id(), userId)));
        return Optional.empty();
    }

    /**
     * Follow-up work: a cancelled thread (or a skipped check-in, or one closed by itself with too little answered)
     * says so on its root and loses its buttons; nothing is recorded.
     */
    public void close(FollowUps.Taken work) {
        var close = Payloads.read(work, Close.class);
        withFlow(close.flow(), (client, flow, state) -> {
            var blocks = flow.isCheckIn() ? CheckInBlocks.skipped(close.cancelledBy())
                    : flow.closedByItself() ? ThreadBlocks.closedByItself(flow.startedBy(), state.answeredCount(),
                    state.applicable.size(), minimumToScore(state))
                    : ThreadBlocks.cancelled(flow.startedBy(), close.cancelledBy());
            slack.calls().call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId())
                    .ts(flow.rootTs()).text("Team MLOps assessment closed: nothing was recorded.").blocks(blocks)));
            showAnswers(client, flow, state, true);
            tellWorkflows(flow);
        });
    }

    /** How many answers a team result needs: at least half of the questions that apply. */
    private static int minimumToScore(FlowState state) {
        return (int) Math.ceil(state.applicable.size() * MIN_SHARE_TO_FINISH);
    }

    /**
     * Closes a thread left open {@code closeAfter}: scored as it stands when enough is answered (a check-in, when
     * someone changed an answer: its unconfirmed answers make the result partial), otherwise closed with nothing
     * recorded.
     */
    void closeByItself(ChannelFlow flow) {
        var state = state(flow);
        boolean scored = flow.isCheckIn() ? state.changed() > 0 : state.answeredCount() >= minimumToScore(state);
        if (scored) {
            flows.closeByItself(flow.id(), ChannelFlow.Status.FINISHED, Payloads.of(SCORE, new Score(flow.id(), "")));
        } else {
            flows.closeByItself(flow.id(), ChannelFlow.Status.CANCELLED, Payloads.of(CLOSE, new Close(flow.id(), "")));
        }
    }

    MaturityContent content() {
        return content;
    }

    /** How long the workspace's team threads stay open. */
    Duration closeAfter(ChannelFlow flow) {
        return records.settings().threadsCloseAfter(workspaceOf(flow));
    }

    /** Follow-up work: posts the thread's root (once), records the flow, and asks the first question. */
    public void start(FollowUps.Taken work) {
        var start = Payloads.read(work, Start.class);
        var client = slack.clients().require(start.workspace());
        var team = teams.channel(start.workspace(), start.channel(), start.channelName());
        var total = questionnaire().applicable(Answers.NONE).size();
        var rootTs = slack.posts().post(client, MessagePosts.Target.channel(start.channel(), "thread:" + work.id()),
                work.isRetry(), ThreadBlocks.openFallback(start.user()),
                ThreadBlocks.open(start.user(), 0, total, List.of()));
        var flow = flows.start(team.id(), start.channel(), rootTs, questionnaire(), start.user(),
                zones.of(client, start.user()), ChannelFlow.Kind.ASSESSMENT, List.of());
        advance(client, flow, work, start.user());
    }

    /** Follow-up work: shows the answer on its question and on the root, and asks the next question. */
    public void step(FollowUps.Taken work) {
        var step = Payloads.read(work, Step.class);
        withFlow(step.flow(), (client, flow, state) -> {
            boolean closed = flow.status() != ChannelFlow.Status.OPEN;
            if (flow.isCheckIn()) {
                // The click came on the card, so its ts is known even before the card's posting is recorded.
                showCard(client, flow, flow.cardTs().orElse(step.messageTs()), state, closed);
                if (!closed) {
                    refreshRoot(client, flow, state);
                }
                return;
            }
            if (isGate(step.question())) {
                // The answer changed which questions apply: every question posted is numbered again, or says it no
                // longer applies, so that the thread never shows two numberings.
                updateQuestions(client, flow, state, closed);
            } else {
                questionnaire().question(step.question()).ifPresent(question ->
                        updateQuestion(client, flow, state, question, step.messageTs(), closed));
            }
            if (!closed) {
                refreshRoot(client, flow, state);
                advance(client, flow, work, step.user());
            }
        });
    }

    /** Follow-up work: records the finished flow's assessment (once) and posts its result in the thread. */
    public void score(FollowUps.Taken work) {
        var score = Payloads.read(work, Score.class);
        withFlow(score.flow(), (client, flow, state) -> {
            var team = teams.byId(flow.teamId()).orElseThrow();
            var answeredBy = new LinkedHashMap<String, String>();
            state.given.forEach(a -> answeredBy.put(a.questionId(), a.answeredBy()));
            int unconfirmed = state.unconfirmed();
            var result = assessor.assessChannelFlow(flow.id(), team, state.answers, score.finishedBy(), answeredBy,
                    unconfirmed).result();
            var partial = state.answeredCount() < state.applicable.size() || unconfirmed > 0;
            var blocks = results.blocks(result, partial ? "The team's partial result: it does not replace the team's "
                    + "latest complete result" : "The team's result", Optional.of(flow.channelId()))
                    .context(ThreadBlocks.participation(state.participants())).build(Surface.MESSAGE, "");
            var target = MessagePosts.Target.thread(flow.channelId(), flow.rootTs(), "result:" + flow.id());
            slack.posts().post(client, target, work.isRetry(), results.fallback(result), blocks);
            var level = result.score();
            var root = flow.isCheckIn() ? CheckInBlocks.finished(level.level(), result.level().name(),
                    checkInProgress(state), unconfirmed)
                    : ThreadBlocks.finished(flow.startedBy(), result.level(), level.answered(), level.total(),
                    state.participants());
            slack.calls().call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(flow.rootTs())
                    .text("Team MLOps assessment finished: level " + level.level() + " (" + result.level().name()
                            + ").").blocks(root)));
            showAnswers(client, flow, state, true);
            tellWorkflows(flow);
            LOG.info("Team assessment {} in {} finished at level {}", flow.id(), flow.channelId(), level.level());
        });
    }

    /** Keeps the work of telling the workflow steps waiting for the flow how it ended, if any wait. */
    private void tellWorkflows(ChannelFlow flow) {
        if (!records.workflowRuns().waitingFor(flow.id()).isEmpty()) {
            followUps.add(Payloads.of(OUTCOME, new Outcome(flow.id())));
        }
    }

    /** Follow-up work on one flow, as it stands now, with a client of its workspace. */
    @FunctionalInterface
    private interface FlowWork {
        void run(MethodsClient client, ChannelFlow flow, FlowState state);
    }

    /** Runs {@code work} on the flow, unless it was deleted since the work was kept (its team's data erased). */
    private void withFlow(long flowId, FlowWork work) {
        flows.byId(flowId).ifPresent(flow -> work.run(slack.clients().require(workspaceOf(flow)), flow, state(flow)));
    }

    /** Shows the flow's answers as they now stand: a check-in's card, or every question posted. */
    private void showAnswers(MethodsClient client, ChannelFlow flow, FlowState state, boolean closed) {
        if (flow.isCheckIn()) {
            flow.cardTs().ifPresent(ts -> showCard(client, flow, ts, state, closed));
        } else {
            updateQuestions(client, flow, state, closed);
        }
    }

    /** Updates a check-in's card, at {@code cardTs}, to the answers as they now stand; a closed one loses its menus. */
    private void showCard(MethodsClient client, ChannelFlow flow, String cardTs, FlowState state, boolean closed) {
        slack.calls().call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(cardTs)
                .text(CheckInBlocks.cardFallback()).blocks(card(state, !closed))));
    }

    /** Posts a check-in's card (once) in its thread, and records where it is. */
    void postCard(MethodsClient client, ChannelFlow flow, boolean mayExist) {
        var state = state(flow);
        var ts = slack.posts().post(client, MessagePosts.Target.thread(flow.channelId(), flow.rootTs(),
                "card:" + flow.id()), mayExist, CheckInBlocks.cardFallback(), card(state, true));
        flows.cardPosted(flow.id(), ts);
    }

    /**
     * A check-in's root while it is open: the team's latest assessment it starts from, its cadence, the progress so
     * far, and when it closes by itself.
     */
    List<LayoutBlock> checkInRoot(Team team, Instant startedAt, CheckInBlocks.Progress progress) {
        var previous = records.assessments().latest(team.id());
        int level = previous.map(AssessmentRecord::level).orElse(0);
        return CheckInBlocks.open(new CheckInBlocks.Previous(previous.map(AssessmentRecord::takenAt).orElse(startedAt),
                        level, content.level(level).name(), records.cadences().months(team.id())), progress,
                ThreadRhythm.closesAt(startedAt, records.settings().threadsCloseAfter(team.key().workspaceId())));
    }

    private List<LayoutBlock> card(FlowState state, boolean open) {
        var byQuestion = new LinkedHashMap<String, ChannelFlow.Answer>();
        state.given.forEach(a -> byQuestion.put(a.questionId(), a));
        return CheckInBlocks.card(questionnaire(), state.applicable, byQuestion, open);
    }

    private static CheckInBlocks.Progress checkInProgress(FlowState state) {
        return new CheckInBlocks.Progress(state.changed(), state.applicable.size(), state.participants());
    }

    /** Shows every question posted as the flow now stands; a closed flow's questions lose their buttons. */
    private void updateQuestions(MethodsClient client, ChannelFlow flow, FlowState state, boolean closed) {
        flows.questionMessages(flow.id()).forEach((questionId, messageTs) -> {
            if (messageTs != null) {
                questionnaire().question(questionId).ifPresent(question ->
                        updateQuestion(client, flow, state, question, messageTs, closed));
            }
        });
    }

    /** Whether the answer to this question decides which other questions apply. */
    private boolean isGate(String questionId) {
        return questionnaire().questions().stream()
                .anyMatch(q -> q.when() != null && q.when().questionId().equals(questionId));
    }

    /** The thread could not be started: the person who asked is told why. */
    public void startGivenUp(FollowUps.Taken work, Exception failure) {
        var start = Payloads.read(work, Start.class);
        slack.responses().tell(start.responseUrl(), "I could not start the team assessment here. "
                + SlackCallException.inWords(failure));
    }

    /**
     * The next question could not be posted: the person who answered is told. The claim on it, held by work that is
     * no longer pending, is taken over by the next click's work.
     */
    public void stepGivenUp(FollowUps.Taken work, Exception failure) {
        var step = Payloads.read(work, Step.class);
        slack.responses().tell(step.responseUrl(), "Your answer is saved, but I could not post what comes next. "
                + SlackCallException.inWords(failure) + " Clicking your answer again retries.");
    }

    /**
     * Whether the question is asked on that message: no other question's message, and the question's own once its
     * posting is recorded (a click can arrive between Slack's answer to the post and the record of it); in a
     * check-in, its card, once recorded.
     */
    private boolean asksOn(ChannelFlow flow, String questionId, String messageTs) {
        if (flow.isCheckIn()) {
            return flow.cardTs().map(messageTs::equals).orElse(true);
        }
        var posted = flows.questionMessages(flow.id());
        var recorded = posted.get(questionId);
        return recorded == null ? !posted.containsValue(messageTs) : recorded.equals(messageTs);
    }

    /** The thread's flow, when it belongs to a team of this workspace. */
    private Optional<ChannelFlow> flow(String workspaceId, String channelId, String rootTs) {
        return flows.find(channelId, rootTs).filter(flow -> workspaceOf(flow).equals(workspaceId));
    }

    private String workspaceOf(ChannelFlow flow) {
        return teams.byId(flow.teamId()).map(team -> team.key().workspaceId()).orElse("");
    }

    /**
     * Asks the first unanswered question, or closes the flow (with the work of scoring it) when every question that
     * applies is answered. The question's message is claimed for this work first, so that one post is made.
     */
    private void advance(MethodsClient client, ChannelFlow flow, FollowUps.Taken work, String actor) {
        var state = state(flow);
        var next = state.applicable.stream().filter(q -> state.answers.optionOf(q.id()).isEmpty()).findFirst();
        if (next.isEmpty()) {
            flows.finish(flow.id(), Payloads.of(SCORE, new Score(flow.id(), actor)));
            return;
        }
        var question = next.get();
        var claim = flows.claimQuestionMessage(flow.id(), question.id(), work.id());
        if (claim == ChannelFlows.Claim.TAKEN) {
            return;
        }
        int position = state.applicable.indexOf(question) + 1;
        int total = state.applicable.size();
        var ts = slack.posts().post(client, MessagePosts.Target.thread(flow.channelId(), flow.rootTs(),
                        "question:" + flow.id() + ":" + question.id()), claim == ChannelFlows.Claim.RESUMED,
                ThreadBlocks.questionFallback(question, position, total),
                ThreadBlocks.question(question, areaName(question), position, total, Optional.empty(), true));
        flows.questionMessagePosted(flow.id(), question.id(), ts);
    }

    /** Shows a question's message as the flow now stands: its answer, and its buttons while the flow is open. */
    private void updateQuestion(MethodsClient client, ChannelFlow flow, FlowState state, Question question,
                                String messageTs, boolean closed) {
        int position = Math.max(1, state.applicable.indexOf(question) + 1);
        int total = state.applicable.size();
        var answer = state.given.stream().filter(a -> a.questionId().equals(question.id())).findFirst();
        var blocks = closed ? ThreadBlocks.closedQuestion(question, areaName(question), position, total, answer)
                : ThreadBlocks.question(question, areaName(question), position, total, answer,
                state.applicable.contains(question));
        slack.calls().call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(messageTs)
                .text(ThreadBlocks.questionFallback(question, position, total)).blocks(blocks)));
    }

    private void refreshRoot(MethodsClient client, ChannelFlow flow, FlowState state) {
        var blocks = flow.isCheckIn() ? checkInRoot(teams.byId(flow.teamId()).orElseThrow(), flow.startedAt(),
                checkInProgress(state))
                : ThreadBlocks.open(flow.startedBy(), state.answeredCount(), state.applicable.size(), state.participants());
        var text = flow.isCheckIn() ? CheckInBlocks.openFallback() : ThreadBlocks.openFallback(flow.startedBy());
        slack.calls().call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(flow.rootTs())
                .text(text).blocks(blocks)));
    }

    /** The flow's answers as stored, and what follows from them. */
    record FlowState(List<ChannelFlow.Answer> given, Answers answers, List<Question> applicable) {
        int answeredCount() {
            return (int) applicable.stream().filter(q -> answers.optionOf(q.id()).isPresent()).count();
        }

        /** The answers still carried over from the previous assessment, that nobody changed or confirmed. */
        int unconfirmed() {
            return (int) given.stream().filter(a -> a.carried() && isApplicable(a)).count();
        }

        /** The answers changed in a check-in (or given in a thread). */
        int changed() {
            return (int) given.stream().filter(a -> !a.carried() && isApplicable(a)).count();
        }

        private boolean isApplicable(ChannelFlow.Answer answer) {
            return applicable.stream().anyMatch(q -> q.id().equals(answer.questionId()));
        }

        /** Who answered: carried-over answers are not taking part. */
        LinkedHashSet<String> participants() {
            var people = new LinkedHashSet<String>();
            given.stream().filter(a -> !a.carried()).forEach(a -> people.add(a.answeredBy()));
            return people;
        }
    }

    FlowState state(ChannelFlow flow) {
        var given = flows.answers(flow.id());
        var map = new LinkedHashMap<String, String>();
        given.forEach(a -> map.put(a.questionId(), a.optionId()));
        var answers = new Answers(map);
        return new FlowState(given, answers, questionnaire().applicable(answers));
    }

    private String areaName(Question question) {
        return questionnaire().area(question.areaId()).map(a -> a.name()).orElse(question.areaId());
    }

    private Questionnaire questionnaire() {
        return content.questionnaire();
    }
}
