package dev.mlopsguide.store;

import java.time.Instant;

/**
 * The person who installed the app in a workspace, with their user token if the app asked for user scopes, and the
 * incoming webhook if one was chosen. {@link #toString()} never shows a token.
 */
public record InstallerRecord(String enterpriseId, String teamId, String userId, String userScope, String userToken,
                              String userRefreshToken, Long userTokenExpiresAt, String webhookUrl,
                              String webhookChannelId, String webhookConfigurationUrl,
                              Instant installedAt) {

    @Override
    public String toString() {
        return "InstallerRecord[enterprise=" + enterpriseId + ", team=" + teamId + ", user=" + userId + "]";
    }
}
