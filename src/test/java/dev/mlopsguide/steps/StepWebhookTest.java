package dev.mlopsguide.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook an adopted step is sent to: which addresses it takes, and what it reads of the reply. */
class StepWebhookTest {

    private static final StepWebhook.Issue ISSUE = new StepWebhook.Issue("mlops-guide-T1-step-7", "Run the tests in CI",
            "Why and how", "#fraud", "bob", LocalDate.of(2026, 12, 16), "https://slack.com/app_redirect?team=T1");

    private HttpServer tracker;
    private final AtomicInteger status = new AtomicInteger(201);
    private final AtomicReference<String> reply = new AtomicReference<>("{}");
    private final AtomicReference<String> key = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        tracker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tracker.createContext("/hook", exchange -> {
            key.set(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            exchange.getRequestBody().readAllBytes();
            var body = reply.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        tracker.start();
    }

    @AfterEach
    void stop() {
        tracker.stop(0);
    }

    @Test
    void onlyHttpsOrThisMachinesHttpIsTaken() {
        assertThat(StepWebhook.parse("<https://hooks.example.com/steps>")).contains(URI.create("https://hooks.example.com/steps"));
        assertThat(StepWebhook.parse("http://127.0.0.1:8080/bridge")).isPresent();
        assertThat(StepWebhook.parse("http://hooks.example.com/steps")).isEmpty();
        assertThat(StepWebhook.parse("ftp://hooks.example.com")).isEmpty();
        assertThat(StepWebhook.parse("not a url")).isEmpty();
    }

    @Test
    void theIssueIsLinkedFromGitHubsJirasOrAPlainReply() throws Exception {
        reply.set("{\"html_url\":\"https://github.example/acme/ml/issues/12\",\"url\":\"https://api.github.example/x\"}");
        assertThat(send()).contains("https://github.example/acme/ml/issues/12");
        assertThat(key.get()).isEqualTo("mlops-guide-T1-step-7");

        reply.set("{\"url\":\"https://tracker.example/issues/3\"}");
        assertThat(send()).contains("https://tracker.example/issues/3");

        reply.set("{\"id\":\"10001\",\"key\":\"ML-42\",\"self\":\"https://acme.atlassian.example/rest/api/2/issue/10001\"}");
        assertThat(send()).contains("https://acme.atlassian.example/browse/ML-42");

        reply.set("{\"url\":\"not an address\",\"key\":\"ML-1\"}");
        assertThat(send()).isEmpty();
        reply.set("accepted");
        status.set(202);
        assertThat(send()).isEmpty();
    }

    @Test
    void aRefusalIsNotRetriedButAnOverloadedTrackerIs() {
        status.set(404);
        assertThatThrownBy(this::send).isInstanceOf(StepWebhook.Refused.class);
        status.set(503);
        assertThatThrownBy(this::send).isInstanceOf(IOException.class);
        status.set(429);
        assertThatThrownBy(this::send).isInstanceOf(IOException.class);
    }

    private Optional<String> send() throws IOException, InterruptedException {
        return new StepWebhook().send(URI.create("http://127.0.0.1:" + tracker.getAddress().getPort() + "/hook"), ISSUE);
    }
}
