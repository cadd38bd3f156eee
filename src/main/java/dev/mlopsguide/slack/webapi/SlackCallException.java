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

    /** Errors that only a workspace admin can cure, by reinstalling the app. */
    private static final Set<String> ADMIN_ONLY = Set.of("invalid_auth", "account_inactive", "token_revoked",
            "token_expired", "not_authed", "missing_scope", NOT_INSTALLED);

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

    /** Whether only a workspace admin can cure Slack's error (by reinstalling the app). */
    public static boolean needsAdmin(String error) {
        return ADMIN_ONLY.contains(error);
    }

    /**
     * Why the call failed, for the person who asked, with who can fix it: only a workspace admin can restore the
     * app's access; anyone can invite the app to a channel; Slack's own trouble passes.
     */
    public String inWords() {
        return inWords(error);
    }

    /** {@link #inWords()} for one of Slack's error codes, as stored (why a digest was paused, say). */
    public static String inWords(String error) {
        if (error.equals("missing_scope")) {
            return "MLOps Guide lacks a Slack permission it needs. Only a workspace admin can fix this, by reinstalling "
                    + "the app to grant it; please tell one.";
        }
        if (needsAdmin(error)) {
            return "Slack no longer accepts MLOps Guide's access to this workspace. Only a workspace admin can fix "
                    + "this, by reinstalling the app (Apps › MLOps Guide › Reinstall); please tell one.";
        }
        return switch (error) {
            case "not_in_channel", "channel_not_found" -> "I am not in that channel. Invite me with "
                    + "`/invite @MLOps Guide` there, then try again.";
            case "is_archived" -> "That channel is archived, so nothing can be posted in it.";
            case "ratelimited", SlackCalls.IN_DOUBT -> "Slack is slow or busy right now. Please try again in a few minutes.";
            default -> "Slack refused (`" + error + "`). Please try again in a few minutes; if it keeps failing, tell "
                    + "the people who run MLOps Guide.";
        };
    }

    /** {@link #inWords()} for any failure: one that is not Slack's is ours. */
    public static String inWords(Exception failure) {
        return failure instanceof SlackCallException e ? e.inWords()
                : "Something went wrong on my side; the people running MLOps Guide will find it in the logs.";
    }
}
