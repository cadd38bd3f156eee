package dev.mlopsguide.store;

import java.time.Clock;
import java.util.List;

/** "Helpful" and "not helpful" votes on the bot's answers. */
public final class Feedback {

    /** How often the answers of a workspace were found helpful. */
    public record Tally(int helpful, int notHelpful) {
    }

    private final Jdbc jdbc;
    private final Clock clock;

    Feedback(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String workspaceId, String userId, String question, List<String> sourceIds, boolean helpful) {
        jdbc.read("record feedback", sql -> sql.update("INSERT INTO answer_feedback (workspace_id, user_id, question, "
                        + "source_ids, helpful, created_at) VALUES (?, ?, ?, ?, ?, ?)", workspaceId, userId,
                question, String.join(",", sourceIds), helpful, clock.instant()));
    }

    public Tally tally(String workspaceId) {
        return jdbc.read("count feedback", sql -> sql.one("SELECT "
                        + "COALESCE(SUM(CASE WHEN helpful THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN helpful THEN 0 ELSE 1 END), 0) FROM answer_feedback WHERE workspace_id = ?",
                rs -> new Tally(rs.getInt(1), rs.getInt(2)), workspaceId).orElse(new Tally(0, 0)));
    }
}
