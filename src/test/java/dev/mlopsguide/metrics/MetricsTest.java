package dev.mlopsguide.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the app counts, as a Prometheus scrape shows it. */
class MetricsTest {

    @Test
    void requestsCallsDigestsAndAnswersAreCountedWithTheirTags() {
        try (var metrics = new Metrics()) {
            metrics.request("Command", 200, Duration.ofMillis(3));
            metrics.slackCall("chat.postMessage", "ok");
            metrics.slackCall("chat.postMessage", "ok");
            metrics.rateLimitWait("views.update", Duration.ofSeconds(1));
            metrics.digest("sent");
            metrics.answer("SEARCH", "not_sure");

            var scrape = metrics.scrape();

            assertThat(scrape).contains("slack_requests_seconds_count{status=\"200\",type=\"Command\"} 1")
                    .contains("slack_api_calls_total{method=\"chat.postMessage\",outcome=\"ok\"} 2.0")
                    .contains("slack_api_rate_limit_waits_seconds_count{method=\"views.update\"} 1")
                    .contains("digests_total{outcome=\"sent\"} 1.0")
                    .contains("answers_total{certainty=\"not_sure\",intent=\"SEARCH\"} 1.0")
                    .contains("jvm_memory_used_bytes");
        }
    }
}
