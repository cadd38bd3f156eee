package dev.mlopsguide.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.jobs.JobScheduler;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.slack.delivery.SlackPacer;
import dev.mlopsguide.slack.delivery.DigestPoster;
import dev.mlopsguide.slack.install.BotClients;
import dev.mlopsguide.slack.webapi.RetryPolicy;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.slack.webapi.SlackClients;
import dev.mlopsguide.store.Database;
import dev.mlopsguide.store.DigestDelivery;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TestClock;
import dev.mlopsguide.store.TestDatabases;
import dev.mlopsguide.team.TeamAssessor;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two app instances on one PostgreSQL (embedded, started by the test): each week's digest goes out once. */
@Tag(TestClock.TAG)
class DigestReplicasTest {

    private static final Instant DUE = TestClock.story("2026-11-30T08:00:00Z");

    @Test
    void twoReplicasDeliverEachSubscriptionOncePerWeek() throws Exception {
        var clock = TestClock.atStory("2026-11-25T12:00:00Z");
        var settings = TestDatabases.freshPostgres();
        var closeables = new ArrayList<AutoCloseable>();
        try (var slack = FakeSlack.start(0)) {
            var slackSettings = new SlackSettings("secret", "xoxb-replica", Optional.empty(), slack.apiUrl(), "127.0.0.1", 0);
            var schedulers = new ArrayList<JobScheduler>();
            for (int replica = 0; replica < 2; replica++) {
                var database = Database.open(settings);
                closeables.add(database);
                var store = new Store(database, clock, Store.CACHE_TTL, System::nanoTime);
                var work = new BackgroundWork(1, 10);
                closeables.add(work);
                var application = RunningApp.application(store, clock);
                var poster = new DigestPoster(new DigestPoster.Sources(store.digestSubscriptions(),
                        store.digestDeliveries(), application.teams(), application.digests()),
                        BotClients.of(SlackClients.forApi(slackSettings.apiUrl()), workspace -> Optional.of("xoxb-replica")),
                        SlackCalls.counted(RetryPolicy.standard(), new Metrics()),
                        SlackPacer.slack(), new Metrics());
                var scheduler = new JobScheduler(database.dataSource(), clock, Duration.ofMillis(30), poster::deliver,
                        List.of());
                schedulers.add(scheduler);
                closeables.add(scheduler);
            }
            var store = new Store(Database.open(settings), clock, Store.CACHE_TTL, System::nanoTime);
            closeables.add(store);
            var team = store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, "CREPLICA"), "#replicas");
            new TeamAssessor(new Assessor(TestContent.bundled()), store.profiles(), store.assessments())
                    .assess(team, TestContent.team("level-3-automated-deployment.yml"), Optional.empty(), "U1", AssessmentMode.MODAL, Map.of());
            var subscription = store.digestSubscriptions().subscribe(team.id(), "CREPLICA", DayOfWeek.MONDAY,
                    LocalTime.of(9, 0), ZoneId.of("Europe/Paris"), "U1");
            schedulers.get(0).schedule(subscription.id(), DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Paris"));
            schedulers.forEach(JobScheduler::start);

            clock.set(DUE.plusSeconds(30));
            schedulers.forEach(JobScheduler::checkNow);

            slack.await("chat.postMessage", 1);
            // Once the run is complete, db-scheduler has moved the schedule to the next Monday: no replica can run
            // this week's digest again.
            var nextWeek = TestClock.story("2026-12-07T08:00:00Z");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!schedulers.get(1).next(subscription.id()).map(nextWeek::equals).orElse(false)) {
                assertThat(System.nanoTime()).as("rescheduled in time").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(slack.calls("chat.postMessage")).hasSize(1);
            assertThat(store.digestDeliveries().ofSubscription(subscription.id())).singleElement()
                    .satisfies(d -> assertThat(d.status()).isEqualTo(DigestDelivery.Status.SENT));
        } finally {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                var closeable = closeables.get(i);
                closeable.close();
            }
        }
    }
}
