package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.slack.blocks.ResultBlocks;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.blocks.ThreadBlocks;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.store.ChannelFlow;
import dev.mlopsguide.store.ChannelFlows;
import dev.mlopsguide.team.TeamAssessor;
import dev.mlopsguide.team.TeamDirectory;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment as a thread in a channel that the whole team answers. Every step reads and writes the store, so
 * any replica can take the next click and a restart loses nothing; posting a question is claimed in the store
 * first, so that it is posted once.
 */
public final class ChannelAssessment {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelAssessment.class);

    private final MaturityContent content;
    private final ResultBlocks results;
    private final SlackCalls calls;
    private final ChannelFlows flows;
    private final TeamDirectory teams;
    private final TeamAssessor assessor;

    public ChannelAssessment(MaturityContent content, SlackCalls calls, ChannelFlows flows, TeamDirectory teams,
                             TeamAssessor assessor) {
        this.content = content;
        this.results = new ResultBlocks(content);
        this.calls = calls;
        this.flows = flows;
        this.teams = teams;
        this.assessor = assessor;
    }

    /** Posts the root message in the channel, records the flow, and asks the first question in the thread. */
    public void start(MethodsClient client, String workspaceId, String channelId, String channelName, String userId) {
        var team = teams.channel(workspaceId, channelId, channelName);
        var total = questionnaire().applicable(Answers.NONE).size();
        var root = calls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channelId)
                .text(ThreadBlocks.openFallback(userId)).blocks(ThreadBlocks.open(userId, 0, total, List.of()))));
        var flow = flows.start(team.id(), channelId, root.getTs(), questionnaire(), userId);
        advance(client, flow, userId);
    }

    /**
     * Records an answer clicked in the thread ({@code value} names the question and option), updates the question
     * and the root, and asks the next question. The click counts only from the workspace of the thread and on the
     * message that asks that question.
     *
     * @return a note for the person who clicked, when the answer could not be taken
     */
    public Optional<String> answer(MethodsClient client, String workspaceId, String channelId, String threadTs,
                                   String messageTs, String value, String userId) {
        var flow = flow(workspaceId, channelId, threadTs);
        var parsed = ThreadBlocks.parseAnswer(value);
        var question = parsed.flatMap(p -> questionnaire().question(p[0]));
        if (flow.isEmpty() || question.isEmpty() || question.get().option(parsed.get()[1]).isEmpty()
                || !asksOn(flow.get(), question.get().id(), messageTs)) {
            return Optional.of("This button belongs to a team assessment I no longer know about. Start a new one with "
                    + "`/mlops-assess team`.");
        }
        if (!flows.answer(flow.get().id(), question.get().id(), parsed.get()[1], userId)) {
            return Optional.of("This team assessment is already finished. Start a new one with `/mlops-assess team`.");
        }
        var state = state(flow.get());
        updateQuestion(client, flow.get(), state, question.get(), messageTs);
        refreshRoot(client, flow.get(), state);
        advance(client, flow.get(), userId);
        return Optional.empty();
    }

    /**
     * "Finish now" on the thread's root: scores what was answered so far.
     *
     * @return a note for the person who clicked, when the thread is unknown
     */
    public Optional<String> finish(MethodsClient client, String workspaceId, String channelId, String rootTs,
                                   String userId) {
        var flow = flow(workspaceId, channelId, rootTs);
        if (flow.isEmpty()) {
            return Optional.of("I no longer know about this team assessment.");
        }
        finish(client, flow.get(), userId);
        return Optional.empty();
    }

    /**
     * Whether the question is asked on that message: no other question's message, and the question's own once its
     * posting is recorded (a click can arrive between Slack's answer to the post and the record of it).
     */
    private boolean asksOn(ChannelFlow flow, String questionId, String messageTs) {
        var posted = flows.questionMessages(flow.id());
        var recorded = posted.get(questionId);
        return recorded == null ? !posted.containsValue(messageTs) : recorded.equals(messageTs);
    }

    /** The thread's flow, when it belongs to a team of this workspace. */
    private Optional<ChannelFlow> flow(String workspaceId, String channelId, String rootTs) {
        return flows.find(channelId, rootTs).filter(flow -> teams.byId(flow.teamId())
                .filter(team -> team.key().workspaceId().equals(workspaceId)).isPresent());
    }

    /** Asks the first unanswered question, or scores the flow when every question that applies is answered. */
    private void advance(MethodsClient client, ChannelFlow flow, String actor) {
        var state = state(flow);
        var next = state.applicable.stream().filter(q -> state.answers.optionOf(q.id()).isEmpty()).findFirst();
        if (next.isEmpty()) {
            finish(client, flow, actor);
            return;
        }
        var question = next.get();
        if (!flows.claimQuestionMessage(flow.id(), question.id())) {
            return;
        }
        int position = state.applicable.indexOf(question) + 1;
        try {
            var posted = calls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(flow.channelId())
                    .threadTs(flow.rootTs()).text(ThreadBlocks.questionFallback(question, position, state.applicable.size()))
                    .blocks(ThreadBlocks.question(question, areaName(question), position, state.applicable.size(),
                            Optional.empty(), true))));
            flows.questionMessagePosted(flow.id(), question.id(), posted.getTs());
        } catch (RuntimeException e) {
            // Without its message the thread would wait for good: the next click in it posts the question again.
            flows.releaseQuestionMessage(flow.id(), question.id());
            throw e;
        }
    }

    private void finish(MethodsClient client, ChannelFlow flow, String finisher) {
        if (!flows.finish(flow.id())) {
            return;
        }
        var state = state(flow);
        var team = teams.byId(flow.teamId()).orElseThrow();
        var answeredBy = new LinkedHashMap<String, String>();
        state.given.forEach(a -> answeredBy.put(a.questionId(), a.answeredBy()));
        var recorded = assessor.assess(team, state.answers, Optional.empty(), finisher,
                AssessmentMode.CHANNEL, answeredBy);
        flows.linkAssessment(flow.id(), recorded.assessmentId());
        var result = recorded.result();
        var blocks = results.blocks(result, "The team's result").build(Surface.MESSAGE, "");
        calls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(flow.channelId())
                .threadTs(flow.rootTs()).text(results.fallback(result)).blocks(blocks)));
        var score = result.score();
        calls.call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(flow.rootTs())
                .text("Team MLOps assessment finished: level " + score.level() + " (" + result.level().name() + ").")
                .blocks(ThreadBlocks.finished(flow.startedBy(), result.level(), score.answered(), score.total(),
                        state.participants()))));
        LOG.info("Team assessment {} in {} finished at level {}", flow.id(), flow.channelId(), score.level());
    }

    private void updateQuestion(MethodsClient client, ChannelFlow flow, FlowState state, Question question, String messageTs) {
        int position = Math.max(1, state.applicable.indexOf(question) + 1);
        var answer = state.given.stream().filter(a -> a.questionId().equals(question.id())).findFirst();
        calls.call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(messageTs)
                .text(ThreadBlocks.questionFallback(question, position, state.applicable.size()))
                .blocks(ThreadBlocks.question(question, areaName(question), position, state.applicable.size(), answer,
                        state.applicable.contains(question)))));
    }

    private void refreshRoot(MethodsClient client, ChannelFlow flow, FlowState state) {
        calls.call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(flow.rootTs())
                .text(ThreadBlocks.openFallback(flow.startedBy()))
                .blocks(ThreadBlocks.open(flow.startedBy(), state.answeredCount(), state.applicable.size(), state.participants()))));
    }

    /** The flow's answers as stored, and what follows from them. */
    private record FlowState(List<ChannelFlow.Answer> given, Answers answers, List<Question> applicable) {
        int answeredCount() {
            return (int) applicable.stream().filter(q -> answers.optionOf(q.id()).isPresent()).count();
        }

        LinkedHashSet<String> participants() {
            var people = new LinkedHashSet<String>();
            given.forEach(a -> people.add(a.answeredBy()));
            return people;
        }
    }

    private FlowState state(ChannelFlow flow) {
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
