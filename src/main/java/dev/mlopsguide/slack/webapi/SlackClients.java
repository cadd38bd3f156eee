package dev.mlopsguide.slack.webapi;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;

/** The Slack SDK client the app uses: one Web API address, never a proxy from the environment. */
public final class SlackClients {

    private SlackClients() {
    }

    /** The SDK's own wait for an answer, for work that can wait. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /** Before an ack, Slack must have its answer within 3 s: a call can wait only part of that. */
    public static final Duration READ_TIMEOUT_BEFORE_ACK = Duration.ofMillis(1_500);

    /** A client for the Web API at {@code apiUrl} that waits as long as the SDK does. */
    public static Slack forApi(String apiUrl) {
        return forApi(apiUrl, READ_TIMEOUT);
    }

    /**
     * A client for the Web API at {@code apiUrl} (Slack's, or the sandbox's fake on 127.0.0.1) that waits at most
     * {@code readTimeout} for an answer.
     */
    public static Slack forApi(String apiUrl, Duration readTimeout) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setHttpClientReadTimeoutMillis((int) readTimeout.toMillis());
        config.setProxyUrl(null);
        config.setPrettyResponseLoggingEnabled(false);
        // The SDK's own call statistics copy a list of the last minute's calls on every call; the app counts its calls
        // in its own metrics.
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }
}
