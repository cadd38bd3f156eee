package dev.mlopsguide.store;

import java.time.Instant;

/**
 * The app's bot in a workspace (or, for an org-wide install, in an enterprise), with its tokens in the clear: they
 * are sealed only on the way into the database. {@code refreshToken} and {@code tokenExpiresAt} (epoch milliseconds)
 * are set when token rotation is on. {@link #toString()} never shows a token.
 */
public record BotInstallation(String enterpriseId, String teamId, boolean enterpriseInstall, String appId,
                              String enterpriseName, String enterpriseUrl, String teamName, String botId,
                              String botUserId, String botScope, String botToken, String refreshToken,
                              Long tokenExpiresAt, Instant installedAt) {

    /** Whether the token expires before {@code instant} (never, without rotation). */
    public boolean expiresBefore(Instant instant) {
        return refreshToken != null && tokenExpiresAt != null && tokenExpiresAt < instant.toEpochMilli();
    }

    public BotInstallation withTokens(String token, String refresh, Long expiresAt) {
        return new BotInstallation(enterpriseId, teamId, enterpriseInstall, appId, enterpriseName, enterpriseUrl,
                teamName, botId, botUserId, botScope, token, refresh, expiresAt, installedAt);
    }

    @Override
    public String toString() {
        return "BotInstallation[enterprise=" + enterpriseId + ", team=" + teamId + ", bot=" + botUserId
                + ", expiresAt=" + tokenExpiresAt + "]";
    }
}
