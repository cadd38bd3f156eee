package dev.mlopsguide.store;

import java.util.Objects;

/** Identifies a team: its workspace, its kind and its id there (channel id, user group id or local name). */
public record TeamKey(String workspaceId, TeamKind kind, String externalId) {

    public static final String LOCAL_WORKSPACE = "local";

    public TeamKey {
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(externalId);
    }

    /** A team of the command line, by name. */
    public static TeamKey local(String name) {
        return new TeamKey(LOCAL_WORKSPACE, TeamKind.LOCAL, name);
    }

    public static TeamKey channel(String workspaceId, String channelId) {
        return new TeamKey(workspaceId, TeamKind.CHANNEL, channelId);
    }
}
