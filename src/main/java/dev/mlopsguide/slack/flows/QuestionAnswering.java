package dev.mlopsguide.slack.flows;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.team.TeamDirectory;
import dev.mlopsguide.team.TeamResults;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * MLOps questions: a mention in a channel, a direct message, or {@code /mlops-assess ask}. One person may ask
 * {@link #PER_MINUTE} questions a minute. The channel's team is looked up only for questions about the team.
 */
public final class QuestionAnswering {

    public static final int PER_MINUTE = 10;
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final Answerer answerer;
    private final TeamDirectory teams;
    private final TeamResults results;
    private final SlackCalls calls;
    private final Metrics metrics;
    private final Cache<String, AtomicInteger> asked = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();

    public QuestionAnswering(Answerer answerer, TeamDirectory teams, TeamResults results, SlackCalls calls,
                             Metrics metrics) {
        this.answerer = answerer;
        this.teams = teams;
        this.results = results;
        this.calls = calls;
        this.metrics = metrics;
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
        var answer = answerer.answer(question, () -> team(workspaceId, channelId));
        metrics.answer(answer.intent().name(), answer.confident());
        return new Reply(AnswerBlocks.fallback(answer), AnswerBlocks.answer(answer));
    }

    /** Answers a mention or a direct message in its thread. */
    public void answerInThread(MethodsClient client, String workspaceId, String channelId, String userId,
                               String threadTs, String text) {
        var reply = answer(workspaceId, channelId, userId, text);
        calls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channelId).threadTs(threadTs)
                .text(reply.text()).blocks(reply.blocks().isEmpty() ? null : reply.blocks())));
    }

    private Answerer.TeamContext team(String workspaceId, String channelId) {
        return teams.find(TeamKey.channel(workspaceId, channelId))
                .map(team -> new Answerer.TeamContext(team.name(), results.latest(team).map(TeamResults.Result::result)))
                .orElseGet(() -> new Answerer.TeamContext("This channel", Optional.empty()));
    }
}
