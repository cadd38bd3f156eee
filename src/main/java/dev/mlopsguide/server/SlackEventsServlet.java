package dev.mlopsguide.server;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt at {@code /slack/events}, behind the signature check: a request of a shape the app cannot read is answered
 * 400 before Bolt parses it, and so is one that Bolt's parser still refuses; only a failure of the app's own is a
 * 500, logged with its stack trace. Nothing of a request is logged.
 */
final class SlackEventsServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsServlet.class);

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;

    SlackEventsServlet(App app) {
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var json = request.getContentType() != null && request.getContentType().startsWith("application/json");
        var problem = RequestShapes.problem(body, json);
        if (problem.isPresent()) {
            refuse(response, problem.get());
            return;
        }
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(request);
        } catch (RuntimeException e) {
            refuse(response, "Bolt cannot read it (" + e.getClass().getSimpleName() + ")");
            return;
        }
        if (slackRequest == null) {
            refuse(response, "it is not a kind of request the app handles");
            return;
        }
        try {
            ResponseFirst.handle(response, () -> adapter.writeResponse(response, app.run(slackRequest)));
        } catch (JsonParseException e) {
            refuse(response, "a field has another type than Slack's (" + e.getClass().getSimpleName() + ")");
        } catch (Exception e) {
            LOG.error("Failed to handle a {} request", slackRequest.getRequestType(), e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"Internal Server Error\"}");
        }
    }

    private static void refuse(HttpServletResponse response, String why) throws IOException {
        LOG.warn("Refused a signed request that the app cannot read: {}", why);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"" + why + "\"}");
    }
}
