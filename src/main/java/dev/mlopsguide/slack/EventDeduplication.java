package dev.mlopsguide.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.store.ProcessedEvents;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each Slack event once: Bolt passes retries ({@code X-Slack-Retry-Num}) and duplicate deliveries to the
 * listeners like new events, so a repeated {@code event_id} is acknowledged here and goes no further. It runs after
 * Bolt's signature check.
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
        if (req.getRequestType() == RequestType.Event) {
            var eventId = eventId(req.getRequestBodyAsString());
            if (eventId != null && !processed.firstTime(eventId)) {
                LOG.debug("Event {} was already handled; acknowledging the repeat", eventId);
                return Response.ok();
            }
        }
        return chain.next(req);
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
