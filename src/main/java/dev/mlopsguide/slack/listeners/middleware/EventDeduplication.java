package dev.mlopsguide.slack.listeners.middleware;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.store.DatabaseUnavailableException;
import dev.mlopsguide.store.ProcessedEvents;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each Slack event and each button click once, whichever replica gets it: Bolt passes retries
 * ({@code X-Slack-Retry-Num}) and duplicate deliveries to the listeners like new requests, so a repeated
 * {@code event_id}, or a block action's repeated {@code trigger_id} (unique to each click), is acknowledged here and
 * goes no further. View submissions are not deduplicated: Slack needs their response, and sends each once. A
 * request whose listener fails before the ack is forgotten again, so that Slack's retry of it is handled.
 */
public final class EventDeduplication implements Middleware {

    private static final Logger LOG = LoggerFactory.getLogger(EventDeduplication.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessedEvents processed;

    public EventDeduplication(ProcessedEvents processed) {
        this.processed = processed;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        var key = key(req);
        if (key == null) {
            return chain.next(req);
        }
        boolean first;
        try {
            first = processed.firstTime(key);
        } catch (DatabaseUnavailableException e) {
            // Whether it is a repeat cannot be known: the listener runs, and tells the person (or Slack, by failing)
            // that its work cannot be kept while the database is away.
            LOG.warn("Could not check whether {} is a repeat: the database is unavailable", key);
            return chain.next(req);
        }
        if (!first) {
            LOG.debug("{} was already handled; acknowledging the repeat", key);
            return Response.ok();
        }
        try {
            var response = chain.next(req);
            if (response.getStatusCode() >= 500) {
                processed.forget(key);
            }
            return response;
        } catch (Exception e) {
            // Not handled after all: Slack's retry must get through.
            processed.forget(key);
            throw e;
        }
    }

    /** What makes the request unique, or null when it is not deduplicated. */
    private static String key(Request<?> req) {
        if (req.getRequestType() == RequestType.Event) {
            return eventId(req.getRequestBodyAsString());
        }
        if (req instanceof BlockActionRequest action && action.getPayload().getTriggerId() != null) {
            return "click:" + action.getPayload().getTriggerId();
        }
        return null;
    }

    private static String eventId(String body) {
        try {
            var id = JSON.readTree(body).path("event_id");
            return id.isTextual() ? id.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
