package dev.mlopsguide.slack.webapi;

import dev.mlopsguide.metrics.Metrics;
import java.time.Duration;

/** Counts Web API calls and rate-limit waits in the app's metrics, and has a refusal only an admin can fix said. */
record SlackCallMetrics(Metrics metrics, AdminRefusals refusals) implements SlackCalls.Observer {

    @Override
    public void rateLimited(String method, Duration wait) {
        metrics.rateLimitWait(method, wait);
    }

    @Override
    public void finished(String method, String outcome) {
        metrics.slackCall(method, outcome);
        refusals.finished(method, outcome);
    }
}
