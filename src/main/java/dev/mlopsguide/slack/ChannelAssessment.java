package dev.mlopsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.blocks.ThreadBlocks;
import dev.mlopsguide.store.ChannelFlow;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment as a thread in a channel that the whole team answers. Every step reads and writes the store, so
 * any replica can take the next click and a restart loses nothing; posting a question is claimed in the store
 * first, so that it is posted once.
 */
public final class ChannelAssessment {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelAssessment.class);

    private final Guide guide;

    public ChannelAssessment(Guide guide) {
        this.guide = guide;
    }

    public void register(App app) {
        app.blockAction(Pattern.compile("^" + Pattern.quote(ThreadBlocks.ANSWER_ACTION_PREFIX) + "\\d+$"), (req, ctx) -> {
            var payload = req.getPayload();
            var value = payload.getActions().get(0).getValue();
            var channel = payload.getChannel().getId();
            var message = payload.getMessage();
            var threadTs = message.getThreadTs() != null ? message.getThreadTs() : message.getTs();
            guide.work().submit("record a team answer", () -> answer(ctx, channel, threadTs, message.getTs(), value));
            return ctx.ack();
        });
        app.blockAction(ThreadBlocks.FINISH_ACTION, (req, ctx) -> {
            var channel = req.getPayload().getChannel().getId();
            var rootTs = req.getPayload().getMessage().getTs();
            guide.work().submit("finish a team assessment", () -> finishRequested(ctx, channel, rootTs));
            return ctx.ack();
        });
    }

    /** Posts the root message in the channel, records the flow, and asks the first question in the thread. */
    public void start(MethodsClient client, String workspaceId, String channelId, String channelName, String userId) {
        var team = guide.channelTeam(workspaceId, channelId, channelName);
        var total = questionnaire().applicable(Answers.NONE).size();
        var root = guide.calls().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channelId)
                .text(ThreadBlocks.openFallback(userId)).blocks(ThreadBlocks.open(userId, 0, total, List.of()))));
        var flow = guide.store().channelFlows().start(team.id(), channelId, root.getTs(), questionnaire(), userId);
        advance(client, flow, userId);
    }

    private void answer(ActionContext ctx, String channelId, String threadTs, String messageTs, String value) {
        var flow = guide.store().channelFlows().find(channelId, threadTs);
        var parsed = ThreadBlocks.parseAnswer(value);
        var question = parsed.flatMap(p -> questionnaire().question(p[0]));
        if (flow.isEmpty() || question.isEmpty() || question.get().option(parsed.get()[1]).isEmpty()) {
            Respond.ephemeral(ctx, "This button belongs to a team assessment I no longer know about. Start a new one with `/mlops-assess team`.", false);
            return;
        }
        if (!guide.store().channelFlows().answer(flow.get().id(), question.get().id(), parsed.get()[1], ctx.getRequestUserId())) {
            Respond.ephemeral(ctx, "This team assessment is already finished. Start a new one with `/mlops-assess team`.", false);
            return;
        }
        var client = ctx.client();
        var state = state(flow.get());
        updateQuestion(client, flow.get(), state, question.get(), messageTs);
        refreshRoot(client, flow.get(), state);
        advance(client, flow.get(), ctx.getRequestUserId());
    }

    private void finishRequested(ActionContext ctx, String channelId, String rootTs) {
        var flow = guide.store().channelFlows().find(channelId, rootTs);
        if (flow.isEmpty()) {
            Respond.ephemeral(ctx, "I no longer know about this team assessment.", false);
            return;
        }
        finish(ctx.client(), flow.get(), ctx.getRequestUserId());
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
        if (!guide.store().channelFlows().claimQuestionMessage(flow.id(), question.id())) {
            return;
        }
        int position = state.applicable.indexOf(question) + 1;
        var posted = guide.calls().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(flow.channelId())
                .threadTs(flow.rootTs()).text(ThreadBlocks.questionFallback(question, position, state.applicable.size()))
                .blocks(ThreadBlocks.question(question, areaName(question), position, state.applicable.size(),
                        Optional.empty(), true))));
        guide.store().channelFlows().questionMessagePosted(flow.id(), question.id(), posted.getTs());
    }

    private void finish(MethodsClient client, ChannelFlow flow, String finisher) {
        if (!guide.store().channelFlows().finish(flow.id())) {
            return;
        }
        var state = state(flow);
        var team = guide.store().teams().byId(flow.teamId()).orElseThrow();
        var answeredBy = new LinkedHashMap<String, String>();
        state.given.forEach(a -> answeredBy.put(a.questionId(), a.answeredBy()));
        var recorded = guide.teamAssessor().assess(team, state.answers, Optional.empty(), finisher,
                AssessmentMode.CHANNEL, answeredBy);
        guide.store().channelFlows().linkAssessment(flow.id(), recorded.assessmentId());
        var result = recorded.result();
        var blocks = guide.resultBlocks().blocks(result, "The team's result").build(Surface.MESSAGE, "");
        guide.calls().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(flow.channelId())
                .threadTs(flow.rootTs()).text(guide.resultBlocks().fallback(result)).blocks(blocks)));
        var score = result.score();
        guide.calls().call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(flow.rootTs())
                .text("Team MLOps assessment finished: level " + score.level() + " (" + result.level().name() + ").")
                .blocks(ThreadBlocks.finished(flow.startedBy(), result.level(), score.answered(), score.total(),
                        state.participants()))));
        LOG.info("Team assessment {} in {} finished at level {}", flow.id(), flow.channelId(), score.level());
    }

    private void updateQuestion(MethodsClient client, ChannelFlow flow, FlowState state, Question question, String messageTs) {
        int position = Math.max(1, state.applicable.indexOf(question) + 1);
        var answer = state.given.stream().filter(a -> a.questionId().equals(question.id())).findFirst();
        guide.calls().call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(messageTs)
                .text(ThreadBlocks.questionFallback(question, position, state.applicable.size()))
                .blocks(ThreadBlocks.question(question, areaName(question), position, state.applicable.size(), answer,
                        state.applicable.contains(question)))));
    }

    private void refreshRoot(MethodsClient client, ChannelFlow flow, FlowState state) {
        guide.calls().call("chat.update", () -> client.chatUpdate(r -> r.channel(flow.channelId()).ts(flow.rootTs())
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
        var given = guide.store().channelFlows().answers(flow.id());
        var map = new LinkedHashMap<String, String>();
        given.forEach(a -> map.put(a.questionId(), a.optionId()));
        var answers = new Answers(map);
        return new FlowState(given, answers, questionnaire().applicable(answers));
    }

    private String areaName(Question question) {
        return questionnaire().area(question.areaId()).map(a -> a.name()).orElse(question.areaId());
    }

    private Questionnaire questionnaire() {
        return guide.content().questionnaire();
    }
}
