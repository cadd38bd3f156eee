package dev.mlopsguide.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackUser;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.ThreadBlocks;
import dev.mlopsguide.store.Database;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TestDatabases;
import dev.mlopsguide.store.TestKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the distributed app behind one "load balancer" (the test), sharing one PostgreSQL (embedded,
 * started by the test) and one Slack: any replica serves any request, each Slack delivery is handled once, and
 * stopping a replica mid-flow loses nothing. (The weekly digest across replicas is in {@link DigestReplicasTest}.)
 */
class ReplicasEndToEndTest {

    private static final SlackUser DANA = new SlackUser("T0SHARED", "UDANA", "dana", "CMODELS", "models");
    private static final SlackUser EVE = new SlackUser("T0SHARED", "UEVE", "eve", "CMODELS", "models");

    private final byte[] key = TestKeys.random();
    private FakeSlack slack;
    private DatabaseSettings database;
    private final List<RunningApp> replicas = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        slack = FakeSlack.start(0);
        database = TestDatabases.freshPostgres();
        replicas.add(replica());
        replicas.add(replica());
    }

    @AfterEach
    void stop() throws Exception {
        for (var replica : replicas) {
            replica.close();
        }
        slack.close();
    }

    private RunningApp replica() throws Exception {
        // Bolt dates the tokens of an installation by the wall clock, so the app reads it too.
        var clock = Clock.systemUTC();
        var store = new Store(Database.open(database), clock, Store.CACHE_TTL, System::nanoTime);
        return RunningApp.on(slack, store, clock, DistributionEndToEndTest.settings(slack, key), Application.Timing.standard());
    }

    private RunningApp a() {
        return replicas.get(0);
    }

    private RunningApp b() {
        return replicas.get(1);
    }

    @Test
    void anInstallStartedOnOneReplicaCompletesOnTheOtherAndBothServeTheWorkspace() throws Exception {
        DistributionEndToEndTest.install(a(), b(), slack, DANA.workspaceId(), "Shared");

        for (var replica : replicas) {
            assertThat(replica.driver.command(DANA, "help").status()).isEqualTo(200);
        }
        assertThat(slack.calls("auth.test")).extracting(FakeSlack.Call::outcome).containsOnly("ok");
    }

    @Test
    void aModalOpenedOnOneReplicaCompletesOnTheOther() throws Exception {
        DistributionEndToEndTest.install(a(), slack, DANA.workspaceId(), "Shared");
        var answers = TestContent.team("level-3-automated-deployment.yml");

        a().driver.command(DANA, "");
        var view = SlackFlows.openedView(slack);
        int submitted = 0;
        while (view.path("callback_id").asText().equals(AssessmentViews.CALLBACK_ID)) {
            var replica = replicas.get(++submitted % 2);
            var reply = replica.driver.submitView(DANA, view, SlackFlows.selections(view, answers)).json();
            view = SlackFlows.withId(reply.path("view"), view);
        }

        var team = b().store.teams().find(TeamKey.channel(DANA.workspaceId(), DANA.channelId())).orElseThrow();
        var stored = a().store.assessments().latest(team.id()).orElseThrow();
        assertThat(stored.answers()).isEqualTo(answers);
        assertThat(stored.level()).isEqualTo(3);
    }

    @Test
    void theSameEventOrClickDeliveredToBothReplicasAtOnceIsHandledOnce() throws Exception {
        DistributionEndToEndTest.install(a(), slack, DANA.workspaceId(), "Shared");
        var mention = JsonNodeFactory.instance.objectNode().put("type", "app_mention").put("user", DANA.userId())
                .put("channel", DANA.channelId()).put("text", "<@UBOT> what is a feature store?")
                .put("ts", "1700000100.000100");

        var statuses = atOnce(a(), b(), replica -> replica.driver.event(DANA.workspaceId(), mention, "Ev-both", 0).status());
        assertThat(statuses).containsOnly(200);

        slack.await("chat.postMessage", c -> "1700000100.000100".equals(c.params().get("thread_ts")), 1,
                Duration.ofSeconds(20));
        // A second mention, handled after the first, shows that the first was not answered twice.
        a().driver.event(DANA.workspaceId(), mention.deepCopy().put("ts", "1700000200.000100"), "Ev-later", 0);
        slack.await("chat.postMessage", c -> "1700000200.000100".equals(c.params().get("thread_ts")), 1,
                Duration.ofSeconds(20));
        assertThat(slack.calls("chat.postMessage")).filteredOn(c -> "1700000100.000100".equals(c.params().get("thread_ts")))
                .hasSize(1);
    }

    @Test
    void stoppingAReplicaInTheMiddleOfATeamThreadLosesNothing() throws Exception {
        DistributionEndToEndTest.install(a(), slack, DANA.workspaceId(), "Shared");
        var answers = TestContent.team("level-2-automated-training.yml");
        a().driver.command(DANA, "team");
        var rootTs = SlackFlows.postedTs(slack.await("chat.postMessage", 1).get(0));

        int asked = 0;
        while (true) {
            var questions = slack.await("chat.postMessage", c -> rootTs.equals(c.params().get("thread_ts")), asked + 1,
                    Duration.ofSeconds(20));
            var last = questions.get(questions.size() - 1);
            if (last.params().get("text").startsWith("MLOps maturity")) {
                break;
            }
            if (asked == 5) {
                // The first replica goes away for good (a deploy, a crash); the load balancer sends the rest to B.
                replicas.remove(0).close();
            }
            var replica = asked < 5 ? a() : replicas.get(0);
            var question = SlackFlows.questionOf(last);
            var option = answers.optionOf(question).orElseThrow();
            var index = TestContent.bundled().questionnaire().question(question).orElseThrow().options().stream()
                    .map(o -> o.id()).toList().indexOf(option);
            var person = asked % 2 == 0 ? DANA : EVE;
            assertThat(replica.driver.messageButton(person, ThreadBlocks.ANSWER_ACTION_PREFIX + index,
                    question + "|" + option, SlackFlows.postedTs(last), rootTs).status()).isEqualTo(200);
            asked++;
        }

        var survivor = replicas.get(0);
        var team = survivor.store.teams().find(TeamKey.channel(DANA.workspaceId(), DANA.channelId())).orElseThrow();
        var stored = survivor.store.assessments().latest(team.id()).orElseThrow();
        assertThat(stored.mode()).isEqualTo(AssessmentMode.CHANNEL);
        assertThat(stored.answers()).isEqualTo(answers);
    }

    @Test
    void twoReplicasNeedingTheSameTokenRotatedSpendItsRefreshTokenOnce() throws Exception {
        slack.rotateTokens(Duration.ofMinutes(30));
        DistributionEndToEndTest.install(a(), slack, DANA.workspaceId(), "Shared");
        slack.rotateTokens(Duration.ofHours(12));

        var statuses = atOnce(a(), b(), replica -> replica.driver.command(DANA, "").status());
        assertThat(statuses).containsOnly(200);

        var opened = slack.await("views.open", 2);
        var refreshes = slack.calls("oauth.v2.access").stream()
                .filter(c -> "refresh_token".equals(c.params().get("grant_type"))).toList();
        assertThat(refreshes).singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo("ok"));
        assertThat(opened).extracting(FakeSlack.Call::token).containsOnly(opened.get(0).token());
    }

    /** Sends the same thing to both replicas as nearly at once as two threads can. */
    private static <T> List<T> atOnce(RunningApp first, RunningApp second, ReplicaCall<T> call) throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var gate = new CountDownLatch(1);
            var tasks = new ArrayList<Callable<T>>();
            for (var replica : List.of(first, second)) {
                tasks.add(() -> {
                    gate.await();
                    return call.on(replica);
                });
            }
            var futures = tasks.stream().map(pool::submit).toList();
            gate.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ReplicaCall<T> {
        T on(RunningApp replica) throws Exception;
    }
}
