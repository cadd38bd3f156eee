package dev.mlopsguide.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the server counts and times, in Prometheus's text format: requests from Slack by type and outcome with their
 * ack latency, Web API calls by method and outcome, time spent waiting on Slack's rate limits, digests, answers,
 * follow-up work, and the JVM. Tags take values from small fixed sets (request types, method names, error codes), never user input.
 */
public final class Metrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** A request from Slack, acknowledged with {@code status} after {@code ack}. */
    public void request(String type, int status, Duration ack) {
        Timer.builder("slack.requests")
                .description("Requests from Slack, by type and HTTP status of the ack, and how long the ack took")
                .tag("type", type)
                .tag("status", String.valueOf(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(ack);
    }

    /** A Web API call that ended in {@code outcome}: {@code ok} or the error it ended with. */
    public void slackCall(String method, String outcome) {
        Counter.builder("slack.api.calls").description("Slack Web API calls, by method and outcome")
                .tag("method", method).tag("outcome", outcome).register(registry).increment();
    }

    /** Time waited before retrying a Web API call that Slack rate-limited. */
    public void rateLimitWait(String method, Duration wait) {
        Timer.builder("slack.api.rate.limit.waits").description("Waits ordered by Slack's Retry-After, by method")
                .tag("method", method).register(registry).record(wait);
    }

    /** A weekly digest that was {@code sent}, {@code failed} or {@code paused} its subscription. */
    public void digest(String outcome) {
        Counter.builder("digests").description("Weekly digests, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    /** A question answered; {@code certainty} says whether the answer was sure, tentative or not sure. */
    public void answer(String intent, String certainty) {
        Counter.builder("answers").description("Questions answered, by intent and how sure the answer was")
                .tag("intent", intent).tag("certainty", certainty).register(registry).increment();
    }

    /** An attempt at follow-up work of {@code kind} that ended {@code done}, {@code retried} or {@code given-up}. */
    public void followUp(String kind, String outcome) {
        Counter.builder("follow.ups").description("Attempts at follow-up work, by kind and outcome")
                .tag("kind", kind).tag("outcome", outcome).register(registry).increment();
    }

    /**
     * How much follow-up work waits in the database, read from {@code pending} at each scrape; unknown (NaN) while the
     * database cannot be read, so that a scrape never fails for it.
     */
    public void followUpsPending(Supplier<Number> pending) {
        Supplier<Number> orUnknown = () -> {
            try {
                return pending.get();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        };
        Gauge.builder("follow.ups.pending", orUnknown).description("Follow-up work not done yet, across replicas")
                .register(registry);
    }

    /** Everything, in the Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
