package dev.mlopsguide.store;

import java.util.Locale;

/** What a team is in Slack terms: a channel, a user group, or (for the command line) a local name. */
public enum TeamKind {
    CHANNEL, USERGROUP, LOCAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TeamKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
