package dev.mlopsguide.config;

import java.util.Map;
import java.util.Optional;

/**
 * How the app talks to Slack. HTTP mode needs {@code SLACK_SIGNING_SECRET} and {@code SLACK_BOT_TOKEN}; Socket Mode
 * is used when {@code SLACK_APP_TOKEN} is set. {@code SLACK_API_URL} points the Web API client elsewhere (the
 * sandbox and the tests use a fake on loopback). Secrets never appear in {@link #toString()}.
 */
public record SlackSettings(String signingSecret, String botToken, Optional<String> appToken, String apiUrl,
                            String host, int port) {

    public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String API_URL = "SLACK_API_URL";
    public static final String PORT = "MLOPS_GUIDE_PORT";
    public static final String HOST = "MLOPS_GUIDE_HOST";
    public static final String SLACK_API = "https://slack.com/api/";
    static final int DEFAULT_PORT = 3000;

    public boolean socketMode() {
        return appToken.isPresent();
    }

    @Override
    public String toString() {
        return "SlackSettings[" + (socketMode() ? "socket mode" : "http " + host + ":" + port) + ", api " + apiUrl + "]";
    }

    /** @throws SettingsException naming the first missing or malformed variable */
    public static SlackSettings fromEnvironment(Map<String, String> env) {
        var appToken = optional(env, APP_TOKEN);
        appToken.ifPresent(t -> requirePrefix(APP_TOKEN, t, "xapp-"));
        var botToken = required(env, BOT_TOKEN, "the bot token (xoxb-...) from your app's OAuth & Permissions page");
        requirePrefix(BOT_TOKEN, botToken, "xoxb-");
        var signingSecret = appToken.isPresent() ? optional(env, SIGNING_SECRET).orElse("")
                : required(env, SIGNING_SECRET, "the signing secret from your app's Basic Information page");
        var apiUrl = optional(env, API_URL).orElse(SLACK_API);
        if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
            throw new SettingsException(API_URL, "must be an http(s) URL such as " + SLACK_API + ", not '" + apiUrl + "'");
        }
        return new SlackSettings(signingSecret, botToken, appToken, apiUrl.endsWith("/") ? apiUrl : apiUrl + "/",
                optional(env, HOST).orElse("0.0.0.0"), port(env));
    }

    private static int port(Map<String, String> env) {
        var text = optional(env, PORT).orElse(String.valueOf(DEFAULT_PORT));
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingsException(PORT, "must be a port number from 0 to 65535, not '" + text + "'");
    }

    private static String required(Map<String, String> env, String name, String what) {
        return optional(env, name).orElseThrow(() -> new SettingsException(name, "is not set; set it to " + what));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static void requirePrefix(String name, String value, String prefix) {
        if (!value.startsWith(prefix)) {
            throw new SettingsException(name, "must start with '" + prefix + "'; check that you copied the right token");
        }
    }
}
