package dev.mlopsguide.slack.install;

import dev.mlopsguide.store.WorkspaceData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uninstalls and revoked tokens. The stored tokens go at once (with distribution; with one workspace the token
 * comes from the environment and there is nothing stored). An uninstalled workspace's data is kept for the grace
 * period, so that a reinstall finds it, and then deleted by the workspace purge job.
 */
public final class Uninstalls {

    private static final Logger LOG = LoggerFactory.getLogger(Uninstalls.class);

    private final WorkspaceData workspaces;
    private final Optional<DatabaseInstallationService> installations;
    private final Duration grace;

    public Uninstalls(WorkspaceData workspaces, Optional<DatabaseInstallationService> installations, Duration grace) {
        this.workspaces = workspaces;
        this.installations = installations;
        this.grace = grace;
    }

    /** The app was uninstalled from a workspace ({@code enterpriseId} may be null). */
    public void uninstalled(String enterpriseId, String workspaceId) {
        installations.ifPresent(stored -> stored.deleteAll(enterpriseId, workspaceId));
        workspaces.markUninstalled(workspaceId);
        LOG.warn("The app was uninstalled from workspace {}: {}; its data will be deleted in {} days unless the app "
                + "is installed there again", workspaceId, installations.isPresent() ? "its stored tokens are deleted"
                : "the bot token set in the environment no longer works", grace.toDays());
    }

    /** Slack revoked tokens of a workspace: these user tokens, and the bot's when {@code bot}. */
    public void tokensRevoked(String enterpriseId, String workspaceId, List<String> userIds, boolean bot) {
        installations.ifPresent(stored -> stored.revoke(enterpriseId, workspaceId, userIds, bot));
        LOG.warn("Tokens were revoked in workspace {}: {} user token(s), {} bot token", workspaceId, userIds.size(),
                bot ? "the" : "no");
    }
}
