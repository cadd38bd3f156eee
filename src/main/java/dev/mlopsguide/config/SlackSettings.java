package dev.mlopsguide.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How the app talks to Slack. One workspace: {@code SLACK_BOT_TOKEN}; many workspaces (OAuth distribution):
 * {@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET} and an encryption key, see {@link Distribution}. HTTP mode
 * needs {@code SLACK_SIGNING_SECRET}; Socket Mode is used when {@code SLACK_APP_TOKEN} is set. {@code SLACK_API_URL}
 * points the Web API client elsewhere (the sandbox and the tests use a fake on loopback). After an uninstall, a
 * workspace's data is kept for {@code MLOPS_GUIDE_UNINSTALL_GRACE_DAYS}. Secrets never appear in {@link #toString()}.
 */
public record SlackSettings(String signingSecret, Optional<String> botToken, Optional<Distribution> distribution,
                            Optional<String> appToken, String apiUrl, String host, int port, Duration uninstallGrace) {

    public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String API_URL = "SLACK_API_URL";
    public static final String PORT = "MLOPS_GUIDE_PORT";
    public static final String HOST = "MLOPS_GUIDE_HOST";
    public static final String UNINSTALL_GRACE_DAYS = "MLOPS_GUIDE_UNINSTALL_GRACE_DAYS";
    public static final String SLACK_API = "https://slack.com/api/";
    public static final Duration DEFAULT_UNINSTALL_GRACE = Duration.ofDays(30);
    static final int DEFAULT_PORT = 3000;

    public SlackSettings {
        if (botToken.isPresent() == distribution.isPresent()) {
            throw new IllegalArgumentException("exactly one of a bot token and distribution settings is needed");
        }
    }

    /** One workspace, with its bot token. */
    public SlackSettings(String signingSecret, String botToken, Optional<String> appToken, String apiUrl, String host,
                         int port) {
        this(signingSecret, Optional.of(botToken), Optional.empty(), appToken, apiUrl, host, port, DEFAULT_UNINSTALL_GRACE);
    }

    /** Many workspaces, installed through OAuth. */
    public SlackSettings(String signingSecret, Distribution distribution, String apiUrl, String host, int port,
                         Duration uninstallGrace) {
        this(signingSecret, Optional.empty(), Optional.of(distribution), Optional.empty(), apiUrl, host, port, uninstallGrace);
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    @Override
    public String toString() {
        return "SlackSettings[" + (socketMode() ? "socket mode" : "http " + host + ":" + port) + ", "
                + distribution.map(Distribution::toString).orElse("one workspace") + ", api " + apiUrl + "]";
    }

    /** @throws SettingsException naming the first missing or malformed variable */
    public static SlackSettings fromEnvironment(Map<String, String> env) {
        var appToken = Env.optional(env, APP_TOKEN);
        appToken.ifPresent(t -> requirePrefix(APP_TOKEN, t, "xapp-"));
        var distribution = Distribution.fromEnvironment(env);
        Optional<String> botToken = Optional.empty();
        if (distribution.isPresent()) {
            if (Env.optional(env, BOT_TOKEN).isPresent()) {
                throw new SettingsException(BOT_TOKEN, "is set together with " + Distribution.CLIENT_ID + "; set "
                        + BOT_TOKEN + " for one workspace, or the client id and secret to install in many, not both");
            }
        } else {
            var token = Env.required(env, BOT_TOKEN, "the bot token (xoxb-...) from your app's OAuth & Permissions "
                    + "page, or set " + Distribution.CLIENT_ID + " and " + Distribution.CLIENT_SECRET
                    + " to install the app in many workspaces");
            requirePrefix(BOT_TOKEN, token, "xoxb-");
            botToken = Optional.of(token);
        }
        var signingSecret = appToken.isPresent() ? Env.optional(env, SIGNING_SECRET).orElse("")
                : Env.required(env, SIGNING_SECRET, "the signing secret from your app's Basic Information page");
        return new SlackSettings(signingSecret, botToken, distribution, appToken, apiUrl(env),
                Env.optional(env, HOST).orElse("0.0.0.0"),
                number(env, PORT, DEFAULT_PORT, 65535, "a port number"),
                Duration.ofDays(number(env, UNINSTALL_GRACE_DAYS, (int) DEFAULT_UNINSTALL_GRACE.toDays(), 3650,
                        "a number of days")));
    }

    /** Slack's Web API URL, ending in a slash: {@code SLACK_API_URL}, or Slack's own. */
    public static String apiUrl(Map<String, String> env) {
        var apiUrl = Env.optional(env, API_URL).orElse(SLACK_API);
        if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
            throw new SettingsException(API_URL, "must be an http(s) URL such as " + SLACK_API + ", not '" + apiUrl + "'");
        }
        return apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    private static int number(Map<String, String> env, String name, int defaultValue, int max, String what) {
        var text = Env.optional(env, name).orElse(String.valueOf(defaultValue));
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingsException(name, "must be " + what + " from 0 to " + max + ", not '" + text + "'");
    }

    private static void requirePrefix(String name, String value, String prefix) {
        if (!value.startsWith(prefix)) {
            throw new SettingsException(name, "must start with '" + prefix + "'; check that you copied the right token");
        }
    }
}
