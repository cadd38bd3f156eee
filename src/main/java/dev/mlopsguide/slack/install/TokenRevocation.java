package dev.mlopsguide.slack.install;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import dev.mlopsguide.store.Installations;
import java.io.IOException;
import java.util.Optional;

/**
 * Revokes a workspace's bot token with Slack ({@code auth.revoke}) before its data is deleted on request, so that the
 * app loses its access there instead of keeping an installation that can no longer work.
 */
public final class TokenRevocation {

    /** What happened: revoked, nothing to revoke, or Slack's error. */
    public record Outcome(boolean revoked, Optional<String> error) {
    }

    private final Slack slack;
    private final Installations installations;

    public TokenRevocation(Slack slack, Installations installations) {
        this.slack = slack;
        this.installations = installations;
    }

    public Outcome revoke(String workspaceId) {
        var bot = installations.findBot(null, workspaceId);
        if (bot.isEmpty()) {
            return new Outcome(false, Optional.empty());
        }
        try {
            var response = slack.methods(bot.get().botToken()).authRevoke(r -> r);
            return response.isOk() ? new Outcome(true, Optional.empty()) : new Outcome(false, Optional.of(response.getError()));
        } catch (IOException e) {
            return new Outcome(false, Optional.of("Slack could not be reached: " + e.getMessage()));
        } catch (SlackApiException e) {
            return new Outcome(false, Optional.of("HTTP " + e.getResponse().code()));
        }
    }
}
