package dev.mlopsguide.slack.listeners.middleware;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.metrics.Metrics;
import java.time.Duration;

/**
 * Times every verified request from its arrival to its ack, by type and status. It runs before the event
 * deduplication, so that Slack's retries are counted too.
 */
public final class RequestMetrics implements Middleware {

    private final Metrics metrics;

    public RequestMetrics(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        long start = System.nanoTime();
        int status = 500;
        try {
            var response = chain.next(req);
            status = response.getStatusCode();
            return response;
        } finally {
            metrics.request(req.getRequestType().name(), status, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
