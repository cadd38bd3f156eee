package dev.mlopsguide.slack.listeners.events;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.mlopsguide.slack.install.Uninstalls;
import java.util.List;

/** Slack revoked tokens of a workspace (a user's, or the bot's): the stored ones are forgotten. */
final class TokensRevoked implements BoltEventHandler<TokensRevokedEvent> {

    private final Uninstalls uninstalls;

    TokensRevoked(Uninstalls uninstalls) {
        this.uninstalls = uninstalls;
    }

    @Override
    public Response apply(EventsApiPayload<TokensRevokedEvent> payload, EventContext ctx) {
        var tokens = payload.getEvent().getTokens();
        var users = tokens == null || tokens.getOauth() == null ? List.<String>of() : tokens.getOauth();
        var bots = tokens == null || tokens.getBot() == null ? List.<String>of() : tokens.getBot();
        uninstalls.tokensRevoked(payload.getEnterpriseId(), payload.getTeamId(), users, !bots.isEmpty());
        return ctx.ack();
    }
}
