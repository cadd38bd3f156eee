package dev.mlopsguide.slack.webapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person something through the {@code response_url} of their command or click, after the request is long
 * answered: how follow-up work that failed for good reaches them in words. A URL works for 30 minutes.
 */
public final class ResponseUrls {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseUrls.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Slack slack;

    public ResponseUrls(Slack slack) {
        this.slack = slack;
    }

    /** A note for the person only, below what they clicked or typed; a failure to deliver it is only logged. */
    public void tell(String responseUrl, String text) {
        tell(responseUrl, text, false);
    }

    /** A note for the person only, in place of the message they clicked on ({@code replace}) or below it. */
    public void tell(String responseUrl, String text, boolean replace) {
        if (responseUrl == null || responseUrl.isBlank()) {
            return;
        }
        try {
            var body = JSON.writeValueAsString(Map.of("response_type", "ephemeral", "replace_original", replace,
                    "text", text));
            var response = slack.send(responseUrl, body);
            if (response.getCode() != 200) {
                LOG.warn("Slack refused a note through response_url: HTTP {}", response.getCode());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            LOG.warn("Could not answer through response_url: {}", e.getMessage());
        }
    }
}
