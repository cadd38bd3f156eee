package dev.mlopsguide.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Workspaces and the teams within them. */
public final class Teams {

    private static final String COLUMNS = "id, workspace_id, kind, external_id, name";

    private final Jdbc jdbc;
    private final Clock clock;

    Teams(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The team with this key, created (with its workspace) if it does not exist yet. */
    public Team ensure(TeamKey key, String name) {
        var existing = find(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        ensureWorkspace(key.workspaceId(), key.workspaceId());
        insertUnlessPresent("create team " + name, sql -> sql.update(
                "INSERT INTO team (workspace_id, kind, external_id, name, created_at) VALUES (?, ?, ?, ?, ?)",
                key.workspaceId(), key.kind().id(), key.externalId(), name, clock.instant()));
        return find(key).orElseThrow(() -> new StoreException("team " + key + " vanished after it was created", null));
    }

    /** Follows a rename in Slack; true when the stored name changed. */
    public boolean rename(TeamKey key, String name) {
        return jdbc.read("rename team " + key, sql -> sql.update(
                "UPDATE team SET name = ? WHERE workspace_id = ? AND kind = ? AND external_id = ? AND name <> ?",
                name, key.workspaceId(), key.kind().id(), key.externalId(), name)) > 0;
    }

    public void ensureWorkspace(String id, String name) {
        insertUnlessPresent("create workspace " + id, sql -> sql.update(
                "INSERT INTO workspace (id, name, created_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM workspace WHERE id = ?)", id, name, clock.instant(), id));
    }

    public Optional<Team> find(TeamKey key) {
        return jdbc.read("find team " + key, sql -> sql.one(
                "SELECT " + COLUMNS + " FROM team WHERE workspace_id = ? AND kind = ? AND external_id = ?",
                Teams::team, key.workspaceId(), key.kind().id(), key.externalId()));
    }

    public Optional<Team> byId(long id) {
        return jdbc.read("find team " + id, sql -> sql.one("SELECT " + COLUMNS + " FROM team WHERE id = ?", Teams::team, id));
    }

    /** The channel teams of every workspace with this name ({@code #channel}). */
    public List<Team> named(String name) {
        return jdbc.read("find teams named " + name, sql -> sql.list("SELECT " + COLUMNS + " FROM team WHERE kind = ? "
                + "AND name = ? ORDER BY workspace_id", Teams::team, TeamKind.CHANNEL.id(), name));
    }

    /** Every team of every workspace, by workspace and name. */
    public List<Team> all() {
        return jdbc.read("list every team", sql -> sql.list("SELECT " + COLUMNS + " FROM team ORDER BY workspace_id, name",
                Teams::team));
    }

    public List<Team> inWorkspace(String workspaceId) {
        return jdbc.read("list teams of " + workspaceId, sql -> sql.list(
                "SELECT " + COLUMNS + " FROM team WHERE workspace_id = ? ORDER BY name", Teams::team, workspaceId));
    }

    /** Runs an insert; a concurrent insert of the same row by another replica is not a failure. */
    private void insertUnlessPresent(String what, Jdbc.Work<Integer> insert) {
        try {
            jdbc.read(what, insert);
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    static Team team(ResultSet rs) throws SQLException {
        return new Team(rs.getLong("id"), new TeamKey(rs.getString("workspace_id"),
                TeamKind.fromId(rs.getString("kind")), rs.getString("external_id")), rs.getString("name"));
    }
}
