package dev.mlopsguide.slack.webapi;

import java.util.Set;

/** A Web API call that Slack refused, or that failed after its retries; {@code error} is Slack's error code. */
public final class SlackCallException extends RuntimeException {

    /** Ours, not Slack's: the app has no token for the workspace (it was uninstalled). */
    public static final String NOT_INSTALLED = "app_not_installed";

    /** Errors that no retry will cure: the channel, the token or the account must change first. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "invalid_auth", "account_inactive", "token_revoked", "token_expired", "not_authed", "missing_scope",
            NOT_INSTALLED);

    private final String method;
    private final String error;

    public SlackCallException(String method, String error, Throwable cause) {
        super(method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }

    public boolean isPermanent() {
        return PERMANENT.contains(error);
    }
}
