package dev.mlopsguide.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.config.EncryptionKeys;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.sandbox.SlackUser;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.slack.RunningApp;
import dev.mlopsguide.slack.blocks.HelpBlocks;
import dev.mlopsguide.slack.listeners.commands.MlopsAssessCommand;
import dev.mlopsguide.slack.webapi.SlackClients;
import dev.mlopsguide.store.BotInstallation;
import dev.mlopsguide.store.InstallerRecord;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import dev.mlopsguide.store.TokenCipher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Time from a signed request to its ack, for {@code /mlops-assess help} and for opening the modal, and for
 * {@code help} in a distributed app (whose authorization looks the workspace's installation up, cached), against a
 * bare Bolt app on the same Jetty setup in the same run, which acks with nothing, with the same help as the app (a
 * 1.6 KB answer costs Bolt about 0.05-0.1 ms on its own), or acks and then opens the app's modal (whose views.open, on
 * two cores shared with the client and the fake Slack, slows the requests around it). Requests are interleaved, in a new
 * random order each round, so that the machine's noise falls on all of them alike; the figures are reported as
 * ratios to the bare app.
 * Run with {@code mvn -B test -Pbenchmark}.
 */
@Tag("benchmark")
@Isolated
class AckLatencyBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 3_000;
    private static final String SECRET = "benchmark-signing-secret";

    @TempDir
    Path temp;

    @Test
    void ackLatencyAgainstABareBoltApp() throws Exception {
        var clock = TestClock.running();
        try (var slack = FakeSlack.start(0);
             var single = RunningApp.application(Store.open(DatabaseSettings.h2(temp.resolve("single")), clock), clock);
             var distributedApplication = RunningApp.application(
                     Store.open(DatabaseSettings.h2(temp.resolve("distributed")), clock), clock)) {
            var distributedStore = distributedApplication.store();
            var settings = new SlackSettings(SECRET, "xoxb-bench", Optional.empty(), slack.apiUrl(), "127.0.0.1", 0);
            // The app's help, its modal (opened after the ack, as Bolt's guide does it), or nothing: an answer's bytes and
            // a modal's views.open cost bare Bolt as much as the app, and are measured apart from what the app adds.
            var modalView = new AtomicReference<String>();
            var opening = Executors.newFixedThreadPool(4);
            SlashCommandHandler bareCommand = (req, ctx) -> switch (Objects.requireNonNullElse(req.getPayload().getText(),
                    "")) {
                case "help" -> ctx.ack(r -> r.responseType("ephemeral").text(HelpBlocks.FALLBACK)
                        .blocks(HelpBlocks.help("")));
                case "open" -> {
                    var trigger = req.getPayload().getTriggerId();
                    opening.submit(() -> ctx.client().viewsOpen(r -> r.triggerId(trigger).viewAsString(modalView.get())));
                    yield ctx.ack();
                }
                default -> ctx.ack();
            };
            var bare = new App(bareApp(settings.apiUrl()).singleTeamBotToken("xoxb-bench").build());
            bare.command(MlopsAssessCommand.COMMAND, bareCommand);
            var bareServer = bareServer(bare, clock);
            // Bare Bolt distributed: its installations in memory, auth.test cached as the app has it.
            var bareDistributedApp = new App(bareApp(settings.apiUrl()).clientId("1.2").clientSecret("secret")
                    .authTestCacheEnabled(true).build()).asOAuthApp(true);
            bareDistributedApp.command(MlopsAssessCommand.COMMAND, bareCommand);
            bareDistributedApp.service(new OneInstallation());
            var bareDistributedServer = bareServer(bareDistributedApp, clock);
            var key = new byte[TokenCipher.KEY_BYTES];
            distributedStore.installations(new TokenCipher(key, List.of())).save(new BotInstallation(null,
                    FakeSlack.WORKSPACE, false, "A1", null, null, "Bench", "B1", FakeSlack.BOT_USER, "commands",
                    "xoxb-bench", null, null, clock.instant()), new InstallerRecord(null, FakeSlack.WORKSPACE, "UBENCH",
                    null, null, null, null, null, null, null, clock.instant()));
            var distributedSettings = new SlackSettings(SECRET, new Distribution("1.2", "client-secret", Optional.empty(),
                    Distribution.DEFAULT_SCOPES, new EncryptionKeys(key, List.of())), slack.apiUrl(), "127.0.0.1", 0,
                    SlackSettings.DEFAULT_UNINSTALL_GRACE);
            try (var service = single.serve(settings); var distributed = distributedApplication.serve(distributedSettings);
                 bareServer; bareDistributedServer; var stopOpening = (AutoCloseable) opening::shutdownNow) {
                var user = new SlackUser(FakeSlack.WORKSPACE, "UBENCH", "bench", "CBENCH", "bench");
                var app = driver(service.port(), slack, clock);
                var distributedApp = driver(distributed.port(), slack, clock);
                var baseline = driver(bareServer.port(), slack, clock);
                var distributedBaseline = driver(bareDistributedServer.port(), slack, clock);

                // The app's modal, as it opens it, for the bare app to open the same.
                app.command(user, "");
                modalView.set(slack.await("views.open", 1).get(0).params().get("view"));
                var bareTimes = new ArrayList<Long>();
                var bareModalTimes = new ArrayList<Long>();
                var bareDistributedTimes = new ArrayList<Long>();
                var bareHelpTimes = new ArrayList<Long>();
                var helpTimes = new ArrayList<Long>();
                var modalTimes = new ArrayList<Long>();
                var distributedTimes = new ArrayList<Long>();
                var requests = new ArrayList<>(List.of(
                        new Request(baseline, "", bareTimes), new Request(baseline, "help", bareHelpTimes),
                        new Request(baseline, "open", bareModalTimes),
                        new Request(distributedBaseline, "help", bareDistributedTimes),
                        new Request(app, "help", helpTimes),
                        new Request(app, "", modalTimes), new Request(distributedApp, "help", distributedTimes)));
                var random = new Random(42);
                for (int i = 0; i < WARM_UP + MEASURED; i++) {
                    // A new order each round, so that no kind of request always follows the modal's work.
                    Collections.shuffle(requests, random);
                    for (var request : requests) {
                        var reply = request.driver().command(user, request.text());
                        assertThat(reply.status()).isEqualTo(200);
                        if (i >= WARM_UP) {
                            request.times().add(reply.elapsed().toNanos());
                        }
                    }
                }
                var empty = new Series("bare Bolt app, empty ack", bareTimes, null);
                var bareHelp = new Series("bare Bolt app, acks with the help", bareHelpTimes, null);
                var bareModal = new Series("bare Bolt app, opens the modal", bareModalTimes, null);
                var bareDistributed = new Series("bare Bolt app, distributed, help", bareDistributedTimes, null);
                report(List.of(empty, bareHelp, bareModal, bareDistributed, new Series("/mlops-assess help", helpTimes, bareHelp),
                        new Series("/mlops-assess (opens the modal)", modalTimes, bareModal),
                        new Series("/mlops-assess help, distributed", distributedTimes, bareDistributed)));
            }
        }
    }

    private static SlackDriver driver(int port, FakeSlack slack, Clock clock) {
        return SlackDriver.onPort(port, SECRET, slack, clock);
    }

    private static AppConfig.AppConfigBuilder bareApp(String apiUrl) {
        return AppConfig.builder().slack(SlackClients.forApi(apiUrl)).signingSecret(SECRET).requestVerificationEnabled(false);
    }

    /** A bare Bolt app behind the same Jetty setup and signature check as the app's, without a replay record. */
    private static AppServer bareServer(App app, Clock clock) throws Exception {
        return new AppServer(app, "127.0.0.1", 0, new AppServer.Edge(SECRET, clock, key -> true), Map.of(), Map.of(),
                new Metrics()).start();
    }

    /** The fake workspace's installation, in memory. */
    private static final class OneInstallation implements InstallationService {

        @Override
        public Bot findBot(String enterpriseId, String teamId) {
            var bot = new DefaultBot();
            bot.setTeamId(FakeSlack.WORKSPACE);
            bot.setAppId("A1");
            bot.setBotId("B1");
            bot.setBotUserId(FakeSlack.BOT_USER);
            bot.setBotAccessToken("xoxb-bench");
            bot.setScope("commands");
            return bot;
        }

        @Override
        public Installer findInstaller(String enterpriseId, String teamId, String userId) {
            return null;
        }

        @Override
        public boolean isHistoricalDataEnabled() {
            return false;
        }

        @Override
        public void setHistoricalDataEnabled(boolean enabled) {
        }

        @Override
        public void saveInstallerAndBot(Installer installer) {
        }

        @Override
        public void deleteBot(Bot bot) {
        }

        @Override
        public void deleteInstaller(Installer installer) {
        }
    }

    private record Request(SlackDriver driver, String text, List<Long> times) {
    }

    /** {@code baseline}: the bare app's series this one is measured against, null for a bare app's own. */
    private record Series(String name, List<Long> nanos, Series baseline) {
        double percentile(double p) {
            var sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    private static void report(List<Series> series) throws IOException {
        var lines = new ArrayList<String>();
        lines.add("Ack latency, " + MEASURED + " requests each after " + WARM_UP + " warm-up, interleaved, on "
                + Runtime.getRuntime().availableProcessors() + " cores (milliseconds)");
        lines.add(String.format("%-36s %9s %9s %14s %14s  %s", "request", "median", "p99", "median ratio", "p99 ratio",
                "against"));
        for (var s : series) {
            var base = s.baseline() == null ? s : s.baseline();
            lines.add(String.format("%-36s %9.2f %9.2f %14.2f %14.2f  %s", s.name(), s.percentile(0.5),
                    s.percentile(0.99), s.percentile(0.5) / base.percentile(0.5), s.percentile(0.99) / base.percentile(0.99),
                    base.name()));
        }
        for (var s : series.stream().filter(s -> s.baseline() != null).toList()) {
            for (double p : new double[] {0.5, 0.99}) {
                BenchmarkTable.add("ack, " + s.name() + (p == 0.5 ? ", median" : ", p99"),
                        String.format(Locale.ROOT, "%.2f ms", s.percentile(p)), "<= 1.1x bare Bolt",
                        String.format(Locale.ROOT, "%.2f ms bare, %s", s.baseline().percentile(p),
                                s.baseline().name().contains("distributed") ? "distributed"
                                        : s.baseline().name().contains("help") ? "help"
                                        : s.baseline().name().contains("modal") ? "modal" : "empty"),
                        BenchmarkTable.ratio(s.percentile(p) / s.baseline().percentile(p)));
            }
        }
        var text = String.join("\n", lines) + "\n";
        System.out.print(text);
        var out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("ack-latency.txt"), text);
        assertThat(Arrays.asList(text.split("\n"))).hasSize(2 + series.size());
    }
}
