package dev.mlopsguide.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** "Helpful" and "not helpful" votes on the bot's answers: one per person and answer message, changed at most once. */
public final class Feedback {

    /** How often answers were found helpful. */
    public record Tally(int helpful, int notHelpful) {
    }

    /** A vote on one answer message. */
    public record Vote(String workspaceId, String userId, String channelId, String messageTs, String question,
                       List<String> sourceIds, boolean helpful) {
    }

    /** What became of a vote. */
    public enum Outcome {
        RECORDED, CHANGED, SAME_AS_BEFORE, ALREADY_CHANGED;

        /** Whether the vote now stands as given. */
        public boolean stands() {
            return this == RECORDED || this == CHANGED || this == SAME_AS_BEFORE;
        }
    }

    private static final String TALLY = "SELECT COALESCE(SUM(CASE WHEN helpful THEN 1 ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN helpful THEN 0 ELSE 1 END), 0) FROM answer_feedback WHERE workspace_id = ?";

    private final Jdbc jdbc;
    private final Clock clock;

    Feedback(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a first vote, or changes it once; a second change is refused. */
    public Outcome vote(Vote vote) {
        try {
            return jdbc.transaction("record feedback", sql -> {
                Optional<Object[]> before = sql.one("SELECT helpful, changed FROM answer_feedback WHERE workspace_id = ? "
                                + "AND user_id = ? AND channel_id = ? AND message_ts = ?",
                        rs -> new Object[] {rs.getBoolean(1), rs.getBoolean(2)}, vote.workspaceId(), vote.userId(),
                        vote.channelId(), vote.messageTs());
                if (before.isEmpty()) {
                    sql.update("INSERT INTO answer_feedback (workspace_id, user_id, channel_id, message_ts, question, "
                                    + "source_ids, helpful, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", vote.workspaceId(),
                            vote.userId(), vote.channelId(), vote.messageTs(), vote.question(),
                            String.join(",", vote.sourceIds()), vote.helpful(), clock.instant());
                    return Outcome.RECORDED;
                }
                if ((boolean) before.get()[0] == vote.helpful()) {
                    return Outcome.SAME_AS_BEFORE;
                }
                if ((boolean) before.get()[1]) {
                    return Outcome.ALREADY_CHANGED;
                }
                sql.update("UPDATE answer_feedback SET helpful = ?, changed = TRUE, created_at = ? WHERE workspace_id = ? "
                                + "AND user_id = ? AND channel_id = ? AND message_ts = ?", vote.helpful(), clock.instant(),
                        vote.workspaceId(), vote.userId(), vote.channelId(), vote.messageTs());
                return Outcome.CHANGED;
            });
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // The same click twice at once (a double click on two replicas): the first one counted.
            return Outcome.SAME_AS_BEFORE;
        }
    }

    public Tally tally(String workspaceId) {
        return jdbc.read("count feedback", sql -> sql.one(TALLY, Feedback::tally, workspaceId)).orElse(new Tally(0, 0));
    }

    /** The votes on one answer message. */
    public Tally tally(String workspaceId, String channelId, String messageTs) {
        return jdbc.read("count the votes on an answer", sql -> sql.one(TALLY + " AND channel_id = ? AND message_ts = ?",
                Feedback::tally, workspaceId, channelId, messageTs)).orElse(new Tally(0, 0));
    }

    private static Tally tally(ResultSet rs) throws SQLException {
        return new Tally(rs.getInt(1), rs.getInt(2));
    }
}
