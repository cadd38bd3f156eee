package dev.mlopsguide.store;

import java.time.Clock;
import java.time.Duration;

/**
 * The OAuth states of installs in progress, shared by every replica: each is good for one redirect, and only until it
 * expires. Expired states are deleted whenever a new one is issued.
 */
public final class OAuthStates {

    private final Jdbc jdbc;
    private final Clock clock;

    OAuthStates(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void issue(String state, Duration lifetime) {
        var now = clock.instant();
        jdbc.transaction("store an OAuth state", sql -> {
            sql.update("DELETE FROM oauth_state WHERE expires_at <= ?", now);
            return sql.update("INSERT INTO oauth_state (state, expires_at) VALUES (?, ?)", state, now.plus(lifetime));
        });
    }

    /**
     * Uses up a state: true only for the first caller, and only before it expires. Deleting and checking in one
     * statement means two redirects with the same state (a replay, or a double click) cannot both pass.
     */
    public boolean claim(String state) {
        return jdbc.read("claim an OAuth state", sql -> sql.update(
                "DELETE FROM oauth_state WHERE state = ? AND expires_at > ?", state, clock.instant())) == 1;
    }
}
