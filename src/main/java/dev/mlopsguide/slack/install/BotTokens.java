package dev.mlopsguide.slack.install;

import java.util.Optional;

/** The bot token for work that no Slack request started (the weekly digest): one per workspace the app is in. */
@FunctionalInterface
public interface BotTokens {

    /** The workspace's bot token, fresh enough to use now; empty when the app is not installed there. */
    Optional<String> forWorkspace(String workspaceId);
}
