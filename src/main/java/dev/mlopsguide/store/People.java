package dev.mlopsguide.store;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The names people go by, as Slack last sent them with one of their requests, for the places where a mention cannot
 * render (the terminal, a chart, a CSV file). Slack's own text always mentions people by id and lets Slack name them.
 */
public final class People {

    private final Jdbc jdbc;
    private final Clock clock;
    private final Teams teams;

    People(Jdbc jdbc, Clock clock, Teams teams) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.teams = teams;
    }

    /** Keeps the latest name of a person. */
    public void remember(String workspaceId, String userId, String name) {
        teams.ensureWorkspace(workspaceId, workspaceId);
        Object[] values = {name, clock.instant(), workspaceId, userId};
        try {
            jdbc.read("remember the name of " + userId, sql -> {
                int updated = sql.update("UPDATE person SET name = ?, seen_at = ? WHERE workspace_id = ? AND user_id = ?", values);
                return updated > 0 ? updated : sql.update(
                        "INSERT INTO person (name, seen_at, workspace_id, user_id) VALUES (?, ?, ?, ?)", values);
            });
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // Another replica remembered the same person at the same moment; the name is the same.
        }
    }

    /** Every known name in a workspace, by user id. */
    public Map<String, String> names(String workspaceId) {
        var names = new HashMap<String, String>();
        jdbc.read("read the names of " + workspaceId, sql -> {
            sql.each("SELECT user_id, name FROM person WHERE workspace_id = ?",
                    rs -> names.put(rs.getString("user_id"), rs.getString("name")), workspaceId);
            return names;
        });
        return names;
    }
}
