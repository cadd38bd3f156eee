package dev.mlopsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.mlopsguide.store.WorkspaceData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uninstalls and revoked tokens. The stored tokens go at once (with distribution; with one workspace the token
 * comes from the environment and there is nothing stored). An uninstalled workspace's data is kept for the grace
 * period, so that a reinstall finds it, and then deleted by {@link WorkspacePurge}.
 */
public final class Installation {

    private static final Logger LOG = LoggerFactory.getLogger(Installation.class);

    private final WorkspaceData workspaces;
    private final Optional<DatabaseInstallationService> installations;
    private final Duration grace;

    public Installation(WorkspaceData workspaces, Optional<DatabaseInstallationService> installations, Duration grace) {
        this.workspaces = workspaces;
        this.installations = installations;
        this.grace = grace;
    }

    public void register(App app) {
        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            var team = payload.getTeamId();
            installations.ifPresent(stored -> stored.deleteAll(payload.getEnterpriseId(), team));
            workspaces.markUninstalled(team);
            LOG.warn("The app was uninstalled from workspace {}: {}; its data will be deleted in {} days unless the app "
                    + "is installed there again", team, installations.isPresent() ? "its stored tokens are deleted"
                    : "the bot token set in the environment no longer works", grace.toDays());
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            var tokens = payload.getEvent().getTokens();
            var users = tokens == null || tokens.getOauth() == null ? List.<String>of() : tokens.getOauth();
            var bots = tokens == null || tokens.getBot() == null ? List.<String>of() : tokens.getBot();
            installations.ifPresent(stored -> stored.revoke(payload.getEnterpriseId(), payload.getTeamId(), users,
                    !bots.isEmpty()));
            LOG.warn("Tokens were revoked in workspace {}: {} user token(s), {} bot token(s)", payload.getTeamId(),
                    users.size(), bots.size());
            return ctx.ack();
        });
    }
}
