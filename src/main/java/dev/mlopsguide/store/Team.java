package dev.mlopsguide.store;

/** A stored team: its database id, its key and a display name. */
public record Team(long id, TeamKey key, String name) {
}
