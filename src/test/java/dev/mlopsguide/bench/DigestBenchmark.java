package dev.mlopsguide.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.digest.DigestComposer;
import dev.mlopsguide.digest.DigestWeek;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.jobs.JobScheduler;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.slack.RunningApp;
import dev.mlopsguide.slack.delivery.DigestPoster;
import dev.mlopsguide.slack.delivery.SlackPacer;
import dev.mlopsguide.slack.install.BotClients;
import dev.mlopsguide.slack.webapi.RetryPolicy;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.slack.webapi.SlackClients;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * How fast digests are composed (10,000 teams with eight weeks of history each), and how long sending 1,000 of them
 * takes through the fake Slack with its rate limits on, against the minimum the pacing allows. Run with
 * {@code mvn -B test -Pbenchmark}.
 */
@Tag("benchmark")
@Isolated
class DigestBenchmark {

    private static final int TEAMS = 10_000;
    private static final int CHANNELS = 500;
    private static final int WARM_UP = 50;
    private static final int WORKSPACE_PER_SECOND = 50;
    /**
     * Slack played ten times faster: the tiers' minute lasts six seconds, a channel's second 100 ms. Faster still, the
     * drawing of the charts on two cores, not Slack's limits, would set the pace.
     */
    private static final Duration MINUTE = Duration.ofSeconds(6);
    private static final List<String> LEVEL_FILES = List.of("level-0-notebook-poc.yml", "level-1-devops-no-mlops.yml",
            "level-2-automated-training.yml", "level-3-automated-deployment.yml", "level-4-full-automation.yml");

    @TempDir
    Path temp;

    @Test
    void composingAndSendingDigests() throws Exception {
        var lines = new ArrayList<String>();
        lines.add(compose());
        lines.add(send());
        var text = String.join("\n", lines) + "\n";
        System.out.print(text);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "digest.txt"), text);
    }

    private String compose() {
        var assessor = new Assessor(TestContent.bundled());
        var composer = new DigestComposer(assessor);
        var week = DigestWeek.parse("2026-W48", ZoneOffset.UTC);
        var random = new Random(48);
        var records = new ArrayList<AssessmentRecord>();
        for (var file : LEVEL_FILES) {
            var answers = TestContent.team(file);
            var result = assessor.assess(answers, Optional.empty());
            var areas = new HashMap<String, Integer>();
            result.score().areas().forEach(a -> a.level().ifPresent(l -> areas.put(a.area().id(), l)));
            records.add(new AssessmentRecord(0, 0, "v", "U", AssessmentMode.MODAL, Instant.EPOCH, result.score().level(),
                    areas, result.score().answered(), result.score().total(), OptionalInt.empty(), answers));
        }
        var histories = new ArrayList<TeamHistory>();
        for (int team = 0; team < TEAMS; team++) {
            var history = new ArrayList<AssessmentRecord>();
            for (int w = 0; w < 8; w++) {
                var base = records.get(Math.min(4, w / 2 + random.nextInt(2)));
                history.add(new AssessmentRecord(w, team, "v", "U" + w, base.mode(), week.start().minus(Duration.ofDays(7L * w - 2)),
                        base.level(), base.areaLevels(), base.answered(), base.total(), base.targetLevel(), base.answers()));
            }
            histories.add(new TeamHistory(history));
        }
        // Warm-up: one whole pass, so that the timed pass measures compiled code, as a server composes after hours.
        for (int i = 0; i < TEAMS; i++) {
            composer.compose("#team-" + i, histories.get(i), Optional.empty(), week);
        }
        long weeks = 0;
        long start = System.nanoTime();
        for (int i = 0; i < TEAMS; i++) {
            weeks += composer.compose("#team-" + i, histories.get(i), Optional.empty(), week).weeks().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(weeks).isEqualTo(8L * TEAMS);
        BenchmarkTable.add("digest composition (8 weeks of history each)",
                String.format(Locale.ROOT, "%,.0f /s", TEAMS / seconds), ">= 10,000 /s");
        return String.format(Locale.ROOT, "Composed %d digests (8 weeks of history each) in %.2f s: %.0f digests per second",
                TEAMS, seconds, TEAMS / seconds);
    }

    private String send() throws Exception {
        var clock = TestClock.running();
        try (var slack = FakeSlack.start(0);
             var application = RunningApp.application(Store.open(DatabaseSettings.h2(temp), clock), clock)) {
            var store = application.store();
            var settings = new SlackSettings("s", "xoxb-bench", Optional.empty(), slack.apiUrl(), "127.0.0.1", 0);
            var clients = BotClients.of(SlackClients.forApi(settings.apiUrl()), workspace -> Optional.of("xoxb-bench"));
            // Warm-up: digests to other channels before Slack's limits are on, so that the timed part measures the
            // pacing of a server that has loaded its classes (drawing, the upload calls), not the loading.
            var warmUp = subscriptions(application, "W", WARM_UP);
            send(poster(application, clients), warmUp, clock.instant());
            slack.enforceRateLimits(MINUTE, WORKSPACE_PER_SECOND);
            var measured = subscriptions(application, "C", CHANNELS);
            var due = clock.instant();
            var since = Instant.now();
            long start = System.nanoTime();
            send(poster(application, clients), measured, due);
            double seconds = (System.nanoTime() - start) / 1e9;
            var calls = slack.calls().stream().filter(c -> !c.at().isBefore(since)).toList();
            long refused = calls.stream().filter(c -> c.outcome().startsWith("429")).count();
            var minimum = minimum(calls);
            BenchmarkTable.add("digest delivery to " + CHANNELS + " channels, against the tiers",
                    String.format(Locale.ROOT, "%.1f s", seconds), "<= 1.05x",
                    String.format(Locale.ROOT, "%.1f s minimum", minimum.seconds()),
                    BenchmarkTable.ratio(seconds / minimum.seconds()));
            BenchmarkTable.add("digest delivery, calls refused", String.valueOf(refused), "0");
            return String.format(Locale.ROOT, "Sent %d digests (message, chart upload in three calls) to %d channels in "
                            + "%.1f s, Slack played 10 times faster; the tiers allow %.1f s at best for the calls made "
                            + "(%s): %.2f times the minimum; %d calls refused by the fake's rate limits",
                    CHANNELS, CHANNELS, seconds, minimum.seconds(), minimum.boundBy(), seconds / minimum.seconds(), refused);
        }
    }

    private static DigestPoster poster(Application application, BotClients clients) {
        var store = application.store();
        return new DigestPoster(new DigestPoster.Sources(store.digestSubscriptions(), store.digestDeliveries(),
                application.teams(), application.digests()), clients, SlackCalls.counted(RetryPolicy.standard(), new Metrics()),
                new SlackPacer(MINUTE, new SlackPacer.Budget(WORKSPACE_PER_SECOND, MINUTE.dividedBy(60))), new Metrics());
    }

    /** {@code count} assessed channel teams, each subscribed to the digest in its channel. */
    private static List<Long> subscriptions(Application application, String prefix, int count) {
        var store = application.store();
        var subscriptions = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            var team = store.teams().ensure(TeamKey.channel(FakeSlack.WORKSPACE, prefix + i), "#team-" + prefix + i);
            application.teamAssessor().assess(team, TestContent.team(LEVEL_FILES.get(i % 5)), Optional.empty(), "U1",
                    AssessmentMode.MODAL, Map.of());
            subscriptions.add(store.digestSubscriptions().subscribe(team.id(), prefix + i, DayOfWeek.MONDAY,
                    LocalTime.of(9, 0), ZoneOffset.UTC, "U1").id());
        }
        return subscriptions;
    }

    /** Delivers the digests with as many in hand at once as the app's job scheduler runs. */
    private static void send(DigestPoster poster, List<Long> subscriptions, Instant due) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(JobScheduler.DELIVERY_THREADS);
        subscriptions.forEach(id -> pool.submit(() -> poster.deliver(id, due)));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    }

    /** The least time the limits allow for the calls made: for each method, full windows after the first burst. */
    private record Minimum(double seconds, String boundBy) {
    }

    private static Minimum minimum(List<FakeSlack.Call> calls) {
        var best = new Minimum(0, "none");
        var limits = new HashMap<String, SlackPacer.Budget>();
        SlackPacer.PER_MINUTE.forEach((method, perMinute) -> limits.put(method, new SlackPacer.Budget(perMinute, MINUTE)));
        limits.put(SlackPacer.POST, new SlackPacer.Budget(WORKSPACE_PER_SECOND, MINUTE.dividedBy(60)));
        for (var limit : limits.entrySet()) {
            long made = calls.stream().filter(c -> c.method().equals(limit.getKey()) && !c.outcome().startsWith("429"))
                    .count();
            long windows = Math.max(0, (made + limit.getValue().calls() - 1) / limit.getValue().calls() - 1);
            double seconds = windows * limit.getValue().window().toNanos() / 1e9;
            if (seconds > best.seconds()) {
                best = new Minimum(seconds, made + " " + limit.getKey() + " at " + limit.getValue().calls() + " per "
                        + limit.getValue().window().toMillis() + " ms");
            }
        }
        return best;
    }
}
