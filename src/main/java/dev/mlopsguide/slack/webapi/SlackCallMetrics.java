package dev.mlopsguide.slack.webapi;

import dev.mlopsguide.metrics.Metrics;
import java.time.Duration;

/** Counts Web API calls and rate-limit waits in the app's metrics. */
record SlackCallMetrics(Metrics metrics) implements SlackCalls.Observer {

    @Override
    public void rateLimited(String method, Duration wait) {
        metrics.rateLimitWait(method, wait);
    }

    @Override
    public void finished(String method, String outcome) {
        metrics.slackCall(method, outcome);
    }
}
