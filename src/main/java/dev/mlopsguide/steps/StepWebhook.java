package dev.mlopsguide.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends an adopted next step to a workspace's webhook as a plain JSON POST, for an automation (a GitHub Action, a
 * Jira automation rule, a small bridge) to turn into an issue. Each step has an idempotency key, the same on every
 * retry, so that a receiver can tell a retry from a new step; the issue's address, if the reply gives one, is kept.
 */
public final class StepWebhook {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the issue says. {@code key}: the same for every attempt at the same step. */
    public record Issue(String key, String title, String body, String team, String owner, LocalDate due, String link) {
    }

    /** The receiver refused the step: a 4xx, which sending again will not change. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * A webhook address as typed in Slack (which wraps links in angle brackets): {@code https}, or {@code http} to
     * this machine only (for a bridge running beside the app).
     */
    public static Optional<URI> parse(String typed) {
        var text = typed.strip().replaceAll("^<(.*?)(\\|.*)?>$", "$1");
        try {
            var uri = new URI(text);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            var local = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
            return uri.getHost() != null && (scheme.equals("https") || scheme.equals("http") && local)
                    && text.length() <= 500 ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Posts the issue; returns the address of the issue created, when the reply names one ({@code html_url} as
     * GitHub's, {@code url}, or Jira's {@code key} on a {@code self} address).
     *
     * @throws Refused on a 4xx
     * @throws IOException on anything worth another attempt (no answer, a 5xx)
     */
    public Optional<String> send(URI webhook, Issue issue) throws IOException, InterruptedException {
        var body = new LinkedHashMap<String, Object>();
        body.put("idempotency_key", issue.key());
        body.put("title", issue.title());
        body.put("body", issue.body());
        body.put("team", issue.team());
        body.put("owner", issue.owner());
        body.put("due", issue.due().toString());
        body.put("link", issue.link());
        var request = HttpRequest.newBuilder(webhook).timeout(TIMEOUT).header("Content-Type", "application/json")
                .header("Idempotency-Key", issue.key()).header("User-Agent", "mlops-guide")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new Refused("the webhook refused the step with HTTP " + status);
        }
        if (status < 200 || status >= 300) {
            throw new IOException("the webhook answered HTTP " + status);
        }
        return issueAddress(response.body());
    }

    private static Optional<String> issueAddress(String reply) {
        try {
            var json = JSON.readTree(reply);
            if (json == null || !json.isObject()) {
                return Optional.empty();
            }
            return address(json, "html_url").or(() -> address(json, "url"))
                    .or(() -> address(json, "self").flatMap(self -> text(json, "key").map(key -> jiraBrowse(self, key))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A field that holds a web address. */
    private static Optional<String> address(JsonNode json, String field) {
        return text(json, field).filter(value -> value.startsWith("http"));
    }

    private static Optional<String> text(JsonNode json, String field) {
        var value = json.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** Jira answers with its REST address ({@code .../rest/api/2/issue/10001}); people open {@code /browse/KEY}. */
    private static String jiraBrowse(String self, String key) {
        var at = self.indexOf("/rest/");
        return (at > 0 ? self.substring(0, at) : self) + "/browse/" + key;
    }
}
