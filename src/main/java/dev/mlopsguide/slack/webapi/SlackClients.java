package dev.mlopsguide.slack.webapi;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;

/** The Slack SDK client the app uses: one Web API address, never a proxy from the environment. */
public final class SlackClients {

    private SlackClients() {
    }

    /** A client for the Web API at {@code apiUrl} (Slack's, or the sandbox's fake on 127.0.0.1). */
    public static Slack forApi(String apiUrl) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setProxyUrl(null);
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config);
    }
}
