package dev.mlopsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uninstalls and revoked tokens. In single-workspace mode the token comes from the environment, so there is
 * nothing stored to delete: the events are acknowledged (or Slack would retry them) and logged for the operator.
 */
public final class Installation {

    private static final Logger LOG = LoggerFactory.getLogger(Installation.class);

    public void register(App app) {
        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            LOG.warn("The app was uninstalled from workspace {}; its bot token no longer works", payload.getTeamId());
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            LOG.warn("Tokens were revoked in workspace {}", payload.getTeamId());
            return ctx.ack();
        });
    }
}
