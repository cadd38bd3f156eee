package dev.mlopsguide.slack.install;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import java.util.Optional;

/** Web API clients with a workspace's bot token, for work that no Slack request started (the weekly digest). */
@FunctionalInterface
public interface BotClients {

    /** A client for the workspace; empty when the app is not installed there. */
    Optional<MethodsClient> forWorkspace(String workspaceId);

    static BotClients of(Slack slack, BotTokens tokens) {
        return workspaceId -> tokens.forWorkspace(workspaceId).map(slack::methods);
    }
}
