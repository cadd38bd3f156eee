package dev.mlopsguide.slack.flows;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.slack.blocks.BlockList;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.KnowledgeGaps;
import dev.mlopsguide.store.QuestionThreads;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.WorkspaceSettings;
import dev.mlopsguide.team.TeamDirectory;
import dev.mlopsguide.team.TeamResults;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MLOps questions: a mention in a channel, a direct message, the assistant pane, a follow-up in a thread the app
 * answered, or {@code /mlops-assess ask}. One person may ask {@link #PER_MINUTE} questions a minute. "We" is the team
 * of the channel asked in, or in the assistant pane the channel the person is viewing. Answers that were "not sure"
 * are kept as knowledge gaps; an expert's approved reply to the same question comes with the answer.
 */
public final class QuestionAnswering {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionAnswering.class);

    public static final int PER_MINUTE = 10;
    public static final String ANSWER = "question.answer";
    public static final String TELL_HOW = "question.tell-how";
    private static final String WORKING = "is looking through the guide…";
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    /** A follow-up that leans on the question before it: "and for batch models?", "what about canaries?". */
    private static final Pattern LEANING = Pattern.compile("(?i)^\\s*(and|or|also|but|what about|how about|same for)\\b");
    private static final int APPROVED_COMPARED = 20;

    /** How a question came. */
    enum Way { MENTION_OR_DM, ASSISTANT, FOLLOW_UP }

    /** A question to be answered in the thread of {@code threadTs}; for a follow-up, {@code earlier} began the thread. */
    record Question(String workspace, String channel, String user, String threadTs, String text, Way way,
                    String earlier) {
    }

    /** The stores the answers read and keep: the work to do, the threads answered, the gaps, the settings. */
    public record Records(FollowUps followUps, QuestionThreads threads, KnowledgeGaps gaps, WorkspaceSettings settings) {
    }

    /** An answer with its message. */
    private record Answered(Answerer.Answer answer, Reply reply) {
    }

    private final Answerer answerer;
    private final TeamDirectory teams;
    private final TeamResults results;
    private final Records records;
    private final SlackAccess slack;
    private final AnswerBlocks blocks;
    private final Metrics metrics;
    private final Cache<String, AtomicInteger> asked = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();

    public QuestionAnswering(Answerer answerer, TeamDirectory teams, TeamResults results, Records records,
                             SlackAccess slack, AnswerBlocks blocks, Metrics metrics) {
        this.answerer = answerer;
        this.teams = teams;
        this.results = results;
        this.records = records;
        this.slack = slack;
        this.blocks = blocks;
        this.metrics = metrics;
    }

    /**
     * The answer to a question asked in a channel of a workspace, or the reason there is none (no question, or
     * too many questions this minute).
     */
    public Reply answer(String workspaceId, String channelId, String userId, String text) {
        return answered(workspaceId, Optional.ofNullable(channelId), userId, text).reply();
    }

    /** Keeps the work of answering a mention or a direct message in its thread; it runs right after the ack. */
    public void requestAnswerInThread(String workspaceId, String channelId, String userId, String threadTs,
                                      String text) {
        request(new Question(workspaceId, channelId, userId, threadTs, text, Way.MENTION_OR_DM, null));
    }

    /** A question in an assistant thread: answered there, with a status while the app works and a title for the thread. */
    public void requestAssistantAnswer(String workspaceId, String channelId, String userId, String threadTs, String text) {
        request(new Question(workspaceId, channelId, userId, threadTs, text, Way.ASSISTANT, null));
    }

    /**
     * A message in a channel thread without a mention: when the app answered its author there, it is a follow-up,
     * answered if the workspace allows it, or else its author is told once how to ask. Other messages are not the
     * app's business. Runs before the ack: one read by key.
     */
    public void requestFollowUp(String workspaceId, String channelId, String userId, String threadTs, String text) {
        var thread = records.threads().find(channelId, threadTs);
        if (thread.isEmpty() || !thread.get().askerId().equals(Optional.of(userId))) {
            return;
        }
        if (records.settings().questions(workspaceId).followUps()) {
            request(new Question(workspaceId, channelId, userId, threadTs, text, Way.FOLLOW_UP,
                    thread.get().firstQuestion().orElse(null)));
        } else if (records.threads().tellHowOnce(channelId, threadTs)) {
            request(new Question(workspaceId, channelId, userId, threadTs, "", Way.FOLLOW_UP, null), TELL_HOW);
        }
    }

    /** Follow-up work: answers the question in its thread, once. */
    public void answerInThread(FollowUps.Taken work) {
        var question = Payloads.read(work, Question.class);
        var client = slack.clients().require(question.workspace());
        var assistant = question.way() == Way.ASSISTANT;
        // Only an assistant thread is read first: it says which channel "we" means, and whether it has a title yet.
        var thread = assistant ? records.threads().find(question.channel(), question.threadTs())
                : Optional.<QuestionThreads.QuestionThread>empty();
        var teamChannel = assistant ? thread.flatMap(QuestionThreads.QuestionThread::viewingChannelId)
                : Optional.of(question.channel());
        if (assistant) {
            showWorking(client, question);
        }
        var answered = answered(question.workspace(), teamChannel, question.user(), withEarlier(question));
        var asked = withoutMentions(question.text());
        // Kept before the answer appears: a follow-up sent the moment it does is known to follow it.
        records.threads().answered(question.workspace(), question.channel(), question.threadTs(), question.user(), asked);
        slack.posts().post(client, MessagePosts.Target.thread(question.channel(), question.threadTs(), "answer:" + work.id()),
                work.isRetry(), answered.reply().text(), answered.reply().blocks());
        if (assistant && thread.flatMap(QuestionThreads.QuestionThread::firstQuestion).isEmpty()) {
            title(client, question);
        }
        if (answered.answer() != null && !answered.answer().confident()) {
            records.gaps().record("answer:" + work.id(), new KnowledgeGaps.Asked(question.workspace(), question.channel(),
                    question.threadTs(), question.user(), asked, answered.answer().text()), KnowledgeGaps.Reason.NOT_SURE);
        }
    }

    /** Follow-up work: tells the asker, for their eyes only, how to ask a follow-up where follow-ups need a mention. */
    public void tellHowToFollowUp(FollowUps.Taken work) {
        var question = Payloads.read(work, Question.class);
        var client = slack.clients().require(question.workspace());
        slack.calls().call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(question.channel())
                .user(question.user()).threadTs(question.threadTs())
                .text("I only answer in this thread when you mention me: start your follow-up with @MLOps Guide.")));
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

    private void request(Question question) {
        request(question, ANSWER);
    }

    private void request(Question question, String kind) {
        records.followUps().add(Payloads.of(kind, question));
    }

    private Answered answered(String workspaceId, Optional<String> teamChannel, String userId, String text) {
        var question = withoutMentions(text);
        if (question.isEmpty()) {
            return new Answered(null, Reply.plain("Ask me an MLOps question, for example \"how do we detect data drift?\" "
                    + "or \"what does level 3 need?\"."));
        }
        var count = asked.get(workspaceId + "/" + userId, k -> new AtomicInteger()).incrementAndGet();
        if (count > PER_MINUTE) {
            return new Answered(null, Reply.plain("You have asked " + PER_MINUTE + " questions in the last minute; give "
                    + "me a moment and ask again."));
        }
        var answer = answerer.answer(question, () -> team(workspaceId, teamChannel));
        metrics.answer(answer.intent().name(), answer.certainty().name().toLowerCase(Locale.ROOT));
        var approved = records.gaps().approved(workspaceId).stream().limit(APPROVED_COMPARED).toList();
        var expert = answerer.sameAs(question, approved.stream().map(gap -> gap.asked().question()).toList()).stream()
                .mapToObj(approved::get).findFirst()
                .map(gap -> new AnswerBlocks.ExpertReply(gap.expertReply().orElseThrow(), gap.expertId().orElseThrow()));
        return new Answered(answer, new Reply(AnswerBlocks.fallback(answer), blocks.answer(answer, expert)));
    }

    /** A follow-up that leans on the thread's first question is read together with it. */
    private static String withEarlier(Question question) {
        if (question.earlier() == null) {
            return question.text();
        }
        var followUp = withoutMentions(question.text());
        return LEANING.matcher(followUp).find() || followUp.split("\\s+").length <= 3
                ? question.earlier() + " " + followUp : followUp;
    }

    /** The assistant pane shows that the app is at work until its answer comes. */
    private void showWorking(MethodsClient client, Question question) {
        nicety("assistant.threads.setStatus", () -> client.assistantThreadsSetStatus(r -> r
                .channelId(question.channel()).threadTs(question.threadTs()).status(WORKING)));
    }

    /** An assistant thread is named after its first question, as people find it again in their history. */
    private void title(MethodsClient client, Question question) {
        nicety("assistant.threads.setTitle", () -> client.assistantThreadsSetTitle(r -> r
                .channelId(question.channel()).threadTs(question.threadTs())
                .title(BlockList.truncate(withoutMentions(question.text()), 60))));
    }

    /** A call whose failure only loses a nicety (a status, a title): the answer goes on without it. */
    private void nicety(String method, SlackCalls.Call<?> call) {
        try {
            slack.calls().call(method, call);
        } catch (SlackCallException e) {
            LOG.info("{} failed: {}", method, e.error());
        }
    }

    private static String withoutMentions(String text) {
        return MENTION.matcher(text == null ? "" : text).replaceAll("").strip();
    }

    private Answerer.TeamContext team(String workspaceId, Optional<String> channelId) {
        return channelId.flatMap(channel -> teams.find(TeamKey.channel(workspaceId, channel)))
                .map(team -> results.questionContext(team, team.name()))
                .orElseGet(() -> new Answerer.TeamContext("This channel", Optional.empty()));
    }
}
