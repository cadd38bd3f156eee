package dev.mlopsguide.slack.install;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.webapi.SlackCallException;
import java.util.Optional;

/** Web API clients with a workspace's bot token, for work done after a request was answered, or that none started. */
@FunctionalInterface
public interface BotClients {

    /** A client for the workspace; empty when the app is not installed there. */
    Optional<MethodsClient> forWorkspace(String workspaceId);

    /** A client for the workspace, for work that cannot be done without one. */
    default MethodsClient require(String workspaceId) {
        return forWorkspace(workspaceId).orElseThrow(() -> new SlackCallException("auth",
                SlackCallException.NOT_INSTALLED, null));
    }

    static BotClients of(Slack slack, BotTokens tokens) {
        return workspaceId -> tokens.forWorkspace(workspaceId).map(slack::methods);
    }
}
