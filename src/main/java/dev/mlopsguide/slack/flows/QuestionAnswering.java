package dev.mlopsguide.slack.flows;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.team.TeamDirectory;
import dev.mlopsguide.team.TeamResults;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MLOps questions: a mention in a channel, a direct message, or {@code /mlops-assess ask}. One person may ask
 * {@link #PER_MINUTE} questions a minute. The channel's team is looked up only for questions about the team.
 */
public final class QuestionAnswering {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionAnswering.class);

    public static final int PER_MINUTE = 10;
    public static final String ANSWER = "question.answer";
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    /** A question asked in a channel or a DM, to be answered in the thread of {@code threadTs}. */
    record Question(String workspace, String channel, String user, String threadTs, String text) {
    }

    private final Answerer answerer;
    private final TeamDirectory teams;
    private final TeamResults results;
    private final FollowUps followUps;
    private final SlackAccess slack;
    private final Metrics metrics;
    private final Cache<String, AtomicInteger> asked = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();

    public QuestionAnswering(Answerer answerer, TeamDirectory teams, TeamResults results, FollowUps followUps,
                             SlackAccess slack, Metrics metrics) {
        this.answerer = answerer;
        this.teams = teams;
        this.results = results;
        this.followUps = followUps;
        this.slack = slack;
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

    /** Keeps the work of answering a mention or a direct message in its thread; it runs right after the ack. */
    public void requestAnswerInThread(String workspaceId, String channelId, String userId, String threadTs,
                                      String text) {
        followUps.add(Payloads.of(ANSWER, new Question(workspaceId, channelId, userId, threadTs, text)));
    }

    /** Follow-up work: answers the question in its thread, once. */
    public void answerInThread(FollowUps.Taken work) {
        var question = Payloads.read(work, Question.class);
        var client = slack.clients().require(question.workspace());
        var reply = answer(question.workspace(), question.channel(), question.user(), question.text());
        slack.posts().post(client, MessagePosts.Target.thread(question.channel(), question.threadTs(), "answer:" + work.id()),
                work.isRetry(), reply.text(), reply.blocks());
    }

    /**
     * The answer could not be posted: the asker is told why, for their eyes only in the channel, or else by DM;
     * when Slack refuses the app altogether (its access revoked), nothing reaches them and the log says so.
     */
    public void answerGivenUp(FollowUps.Taken work, Exception failure) {
        var question = Payloads.read(work, Question.class);
        var text = "I could not post my answer to your question. " + SlackCallException.inWords(failure);
        try {
            var client = slack.clients().require(question.workspace());
            try {
                slack.calls().call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(question.channel())
                        .user(question.user()).threadTs(question.threadTs()).text(text)));
            } catch (SlackCallException e) {
                slack.posts().tellDirectly(client, question.user(), text);
            }
        } catch (SlackCallException e) {
            LOG.error("Could not tell {} that their answer was not posted: {}", question.user(), e.error());
        }
    }

    private Answerer.TeamContext team(String workspaceId, String channelId) {
        return teams.find(TeamKey.channel(workspaceId, channelId))
                .map(team -> new Answerer.TeamContext(team.name(), results.latest(team).map(TeamResults.Result::result)))
                .orElseGet(() -> new Answerer.TeamContext("This channel", Optional.empty()));
    }
}
