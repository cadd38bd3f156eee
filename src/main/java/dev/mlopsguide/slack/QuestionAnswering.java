package dev.mlopsguide.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.store.StoredProfile;
import dev.mlopsguide.store.TeamKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * MLOps questions: a mention in a channel, a direct message, or {@code /mlops-assess ask}. Mentions and DMs are
 * acknowledged at once and answered in their thread afterwards; the answer carries "helpful" / "not helpful" buttons
 * whose votes are stored. One person may ask {@link #PER_MINUTE} questions a minute; the app's own messages and other
 * bots' are ignored.
 */
public final class QuestionAnswering {

    public static final int PER_MINUTE = 10;
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final Guide guide;
    private final Cache<String, AtomicInteger> asked = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();

    public QuestionAnswering(Guide guide) {
        this.guide = guide;
    }

    public void register(App app) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            var event = payload.getEvent();
            if (event.getBotId() == null) {
                var client = ctx.client();
                var threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
                guide.work().submit("answer a mention", () -> answerInThread(client, payload.getTeamId(),
                        event.getChannel(), event.getUser(), threadTs, event.getText()));
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            var event = payload.getEvent();
            if (event.getBotId() == null && "im".equals(event.getChannelType())) {
                var client = ctx.client();
                var threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
                guide.work().submit("answer a direct message", () -> answerInThread(client, payload.getTeamId(),
                        event.getChannel(), event.getUser(), threadTs, event.getText()));
            }
            return ctx.ack();
        });
        app.blockAction(AnswerBlocks.HELPFUL_ACTION, (req, ctx) -> vote(ctx, req.getPayload().getActions().get(0).getValue(), true));
        app.blockAction(AnswerBlocks.UNHELPFUL_ACTION, (req, ctx) -> vote(ctx, req.getPayload().getActions().get(0).getValue(), false));
    }

    /**
     * The answer to a question asked in a channel of a workspace, or the reason there is none (no question, or
     * too many questions this minute).
     */
    public Reply answer(String workspaceId, String channelId, String userId, String text) {
        var question = MENTION.matcher(text == null ? "" : text).replaceAll("").strip();
        if (question.isEmpty()) {
            return Reply.plain("Ask me an MLOps question, for example \"how do we detect data drift?\" or "
                    + "\"what does level 3 need?\".");
        }
        var count = asked.get(workspaceId + "/" + userId, k -> new AtomicInteger()).incrementAndGet();
        if (count > PER_MINUTE) {
            return Reply.plain("You have asked " + PER_MINUTE + " questions in the last minute; give me a moment and "
                    + "ask again.");
        }
        var answer = guide.answerer().answer(question, team(workspaceId, channelId));
        guide.metrics().answer(answer.intent().name(), answer.confident());
        return new Reply(AnswerBlocks.fallback(answer), AnswerBlocks.answer(answer));
    }

    /** Text and blocks to post; blocks are empty for a short notice. */
    public record Reply(String text, List<LayoutBlock> blocks) {
        static Reply plain(String text) {
            return new Reply(text, List.of());
        }
    }

    private void answerInThread(MethodsClient client, String workspaceId, String channelId, String userId,
                                String threadTs, String text) {
        var reply = answer(workspaceId, channelId, userId, text);
        guide.calls().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channelId).threadTs(threadTs)
                .text(reply.text()).blocks(reply.blocks().isEmpty() ? null : reply.blocks())));
    }

    private Answerer.TeamContext team(String workspaceId, String channelId) {
        var team = guide.store().teams().find(TeamKey.channel(workspaceId, channelId));
        if (team.isEmpty()) {
            return new Answerer.TeamContext("This channel", Optional.empty());
        }
        var profile = guide.store().profiles().find(team.get().id()).map(StoredProfile::profile);
        var latest = guide.store().assessments().latest(team.get().id())
                .map(r -> guide.assessor().assess(r.answers(), profile));
        return new Answerer.TeamContext(team.get().name(), latest);
    }

    private Response vote(ActionContext ctx, String value, boolean helpful) {
        var feedback = AnswerBlocks.Feedback.parse(value);
        guide.store().teams().ensureWorkspace(ctx.getTeamId(), ctx.getTeamId());
        guide.store().feedback().record(ctx.getTeamId(), ctx.getRequestUserId(), feedback.question(), feedback.sourceIds(), helpful);
        guide.work().submit("thank for feedback", () -> Respond.ephemeral(ctx,
                helpful ? "Thanks! Glad it helped." : "Thanks for telling me. I'll use it to get better.", false));
        return ctx.ack();
    }
}
