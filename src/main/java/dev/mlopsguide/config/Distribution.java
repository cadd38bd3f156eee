package dev.mlopsguide.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth distribution to many workspaces: the app's client id and secret, the scopes it asks for, where Slack sends
 * people back, and the keys that seal stored tokens. Secrets never appear in {@link #toString()}.
 */
public record Distribution(String clientId, String clientSecret, Optional<String> redirectUri, List<String> scopes,
                           EncryptionKeys keys) {

    public static final String CLIENT_ID = "SLACK_CLIENT_ID";
    public static final String CLIENT_SECRET = "SLACK_CLIENT_SECRET";
    public static final String REDIRECT_URI = "SLACK_REDIRECT_URI";
    public static final String SCOPES = "SLACK_SCOPES";
    /** The bot scopes of {@code manifests/slack/manifest.yml}. */
    public static final List<String> DEFAULT_SCOPES = List.of("commands", "chat:write", "app_mentions:read",
            "channels:history", "groups:history", "im:history", "im:write", "users:read", "channels:read", "groups:read",
            "files:write", "assistant:write", "usergroups:read");

    /**
     * The scopes of {@link #DEFAULT_SCOPES} that a token lacks, from the {@code X-OAuth-Scopes} header Slack answers
     * every call with; none when the header is absent (nothing to judge by).
     */
    public static List<String> missingScopes(Map<String, List<String>> headers) {
        var granted = headers == null ? null : headers.entrySet().stream()
                .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase("x-oauth-scopes"))
                .flatMap(h -> h.getValue().stream()).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .toList();
        return granted == null || granted.isEmpty() ? List.of()
                : DEFAULT_SCOPES.stream().filter(scope -> !granted.contains(scope)).toList();
    }

    @Override
    public String toString() {
        return "Distribution[client " + clientId + ", scopes " + scopes + ", redirect " + redirectUri.orElse("(app's)")
                + ", " + keys + "]";
    }

    /** Distribution settings when both the client id and secret are set; empty when neither is. */
    static Optional<Distribution> fromEnvironment(Map<String, String> env) {
        var clientId = Env.optional(env, CLIENT_ID);
        var clientSecret = Env.optional(env, CLIENT_SECRET);
        if (clientId.isEmpty() && clientSecret.isEmpty()) {
            return Optional.empty();
        }
        if (clientId.isEmpty() || clientSecret.isEmpty()) {
            var missing = clientId.isEmpty() ? CLIENT_ID : CLIENT_SECRET;
            throw new SettingsException(missing, "is not set; distribution to many workspaces needs both "
                    + CLIENT_ID + " and " + CLIENT_SECRET + " (from your app's Basic Information page)");
        }
        var keys = EncryptionKeys.fromEnvironment(env, "distribution stores every workspace's tokens, encrypted "
                + "with this key");
        var scopes = Env.optional(env, SCOPES).map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(scope -> !scope.isEmpty()).toList()).orElse(DEFAULT_SCOPES);
        var redirect = Env.optional(env, REDIRECT_URI);
        redirect.filter(uri -> !uri.startsWith("https://") && !uri.startsWith("http://")).ifPresent(uri -> {
            throw new SettingsException(REDIRECT_URI, "must be the https URL of /slack/oauth_redirect on your server, "
                    + "as listed in your app's OAuth & Permissions page, not '" + uri + "'");
        });
        return Optional.of(new Distribution(clientId.get(), clientSecret.get(), redirect, scopes, keys));
    }
}
