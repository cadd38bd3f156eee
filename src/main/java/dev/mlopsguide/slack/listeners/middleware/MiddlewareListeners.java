package dev.mlopsguide.slack.listeners.middleware;

import com.slack.api.bolt.App;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.store.ProcessedEvents;

/** What runs before every listener, after Bolt's signature check: request metrics, then deduplication. */
public final class MiddlewareListeners {

    private MiddlewareListeners() {
    }

    public static void register(App app, Metrics metrics, ProcessedEvents processed) {
        app.use(new RequestMetrics(metrics));
        app.use(new EventDeduplication(processed));
    }
}
