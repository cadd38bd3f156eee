package dev.mlopsguide.slack.listeners.middleware;

import com.slack.api.bolt.App;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.store.ProcessedEvents;
import dev.mlopsguide.team.Names;

/**
 * What runs around every listener, after the edge's signature check: request metrics, deduplication, and the names a
 * request carries noted once it is answered.
 */
public final class MiddlewareListeners {

    private MiddlewareListeners() {
    }

    public static void register(App app, Metrics metrics, ProcessedEvents processed, Names names, BackgroundWork work) {
        app.use(new RequestMetrics(metrics));
        app.use(new EventDeduplication(processed));
        app.use(new NamesSeen(names, work));
    }
}
