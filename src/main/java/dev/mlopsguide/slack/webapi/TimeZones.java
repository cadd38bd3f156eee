package dev.mlopsguide.slack.webapi;

import com.slack.api.methods.MethodsClient;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A person's time zone, from their Slack profile ({@code users.info}). */
public final class TimeZones {

    private static final Logger LOG = LoggerFactory.getLogger(TimeZones.class);

    private final SlackCalls calls;

    public TimeZones(SlackCalls calls) {
        this.calls = calls;
    }

    /** The person's time zone; UTC when Slack does not say or cannot be asked. */
    public ZoneId of(MethodsClient client, String userId) {
        try {
            var info = calls.call("users.info", () -> client.usersInfo(r -> r.user(userId)));
            return info.getUser() != null && info.getUser().getTz() != null ? ZoneId.of(info.getUser().getTz()) : ZoneOffset.UTC;
        } catch (SlackCallException | DateTimeException e) {
            LOG.info("No time zone for {} ({}); using UTC", userId, e.getMessage());
            return ZoneOffset.UTC;
        }
    }
}
