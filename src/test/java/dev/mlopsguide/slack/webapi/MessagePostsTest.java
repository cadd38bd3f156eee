package dev.mlopsguide.slack.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.sandbox.FakeSlack;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posts named in their metadata appear once, whatever happens to Slack's answer, against the fake Slack's wire. */
class MessagePostsTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    private FakeSlack slack;
    private MessagePosts posts;
    private MethodsClient client;

    @BeforeEach
    void setUp() throws Exception {
        slack = FakeSlack.start(0);
        client = SlackClients.forApi(slack.apiUrl(), READ_TIMEOUT).methods("xoxb-test");
        posts = new MessagePosts(SlackCalls.counted(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofSeconds(5),
                RetryPolicy.THREAD_SLEEP), new Metrics()));
    }

    @AfterEach
    void tearDown() {
        slack.close();
    }

    @Test
    void aPostWhoseAnswerCameTooLateIsFoundInsteadOfPostedAgain() {
        slack.answerAfter("chat.postMessage", READ_TIMEOUT.multipliedBy(2));

        var ts = posts.post(client, MessagePosts.Target.thread("C1", "100.1", "question:1:serving"), false, "Q1", null);

        assertThat(slack.messages()).singleElement().satisfies(m -> {
            assertThat(m.ts()).isEqualTo(ts);
            assertThat(m.key()).isEqualTo("question:1:serving");
        });
        assertThat(slack.calls("conversations.replies")).hasSize(1);
    }

    @Test
    void aPostThatFailedWithoutEffectIsPostedAgain() {
        slack.fail("chat.postMessage", new FakeSlack.Fault.ServerError(503), 1);

        posts.post(client, MessagePosts.Target.channel("C1", "thread:7"), false, "root", null);

        assertThat(slack.messages()).singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("thread:7"));
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void aRetriedPieceOfWorkLooksFirstAndFindsWhatItPostedBefore() {
        var first = posts.post(client, MessagePosts.Target.channel("C1", "digest:3:2026-W45"), false, "digest", null);

        var again = posts.post(client, MessagePosts.Target.channel("C1", "digest:3:2026-W45"), true, "digest", null);

        assertThat(again).isEqualTo(first);
        assertThat(slack.messages()).hasSize(1);
    }

    @Test
    void aNameIsUniqueOnlyWhereItIsPosted() {
        posts.post(client, MessagePosts.Target.channel("C1", "share:1"), false, "shared", null);

        posts.post(client, MessagePosts.Target.channel("C2", "share:1"), true, "shared", null);

        assertThat(slack.messages()).extracting(FakeSlack.Message::channel).containsExactly("C1", "C2");
    }
}
