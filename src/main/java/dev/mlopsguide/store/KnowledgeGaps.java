package dev.mlopsguide.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Questions the app did not answer well, for the people who maintain its knowledge: answered "not sure", or voted
 * not helpful. An expert may reply to one; once an expert approves the reply, it is offered when the question comes again.
 */
public final class KnowledgeGaps {

    public enum Reason {
        NOT_SURE, NOT_HELPFUL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a question was asked and answered: the answer's thread. */
    public record Asked(String workspaceId, String channelId, String threadTs, String askerId, String question,
                        String answer) {
    }

    public record Gap(long id, Asked asked, Reason reason, Optional<String> missing, Optional<Instant> escalatedAt,
                      Optional<String> expertId, Optional<String> expertReply, Optional<String> approvedBy,
                      Instant createdAt) {
        public boolean approved() {
            return approvedBy.isPresent();
        }
    }

    private static final String COLUMNS = "id, workspace_id, channel_id, thread_ts, asker_id, question, answer, reason, "
            + "missing, escalated_at, expert_id, expert_reply, approved_by, created_at";

    private final Jdbc jdbc;
    private final Clock clock;
    private final Teams teams;

    KnowledgeGaps(Jdbc jdbc, Clock clock, Teams teams) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.teams = teams;
    }

    /**
     * Records a gap once per {@code origin} (what noticed it: an answer's work, a person's vote), and returns its id,
     * the same on a retry.
     */
    public long record(String origin, Asked asked, Reason reason) {
        teams.ensureWorkspace(asked.workspaceId(), asked.workspaceId());
        var existing = idOf(origin);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return jdbc.read("record a knowledge gap", sql -> sql.insert("INSERT INTO knowledge_gap (origin, workspace_id, "
                            + "channel_id, thread_ts, asker_id, question, answer, reason, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", origin, asked.workspaceId(), asked.channelId(),
                    asked.threadTs(), asked.askerId(), Sql.cut(asked.question(), 4000), Sql.cut(asked.answer(), 4000),
                    reason.id(), clock.instant()));
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            return idOf(origin).orElseThrow(() -> e);
        }
    }

    public Optional<Gap> find(String workspaceId, long id) {
        return jdbc.read("read a knowledge gap", sql -> sql.one("SELECT " + COLUMNS + " FROM knowledge_gap "
                + "WHERE workspace_id = ? AND id = ?", KnowledgeGaps::gap, workspaceId, id));
    }

    /** What the asker said was missing from the answer. */
    public void missing(long id, String text) {
        jdbc.read("note what was missing", sql -> sql.update("UPDATE knowledge_gap SET missing = ? WHERE id = ?",
                Sql.cut(text, 3000), id));
    }

    public void escalated(long id) {
        jdbc.read("mark a gap escalated", sql -> sql.update("UPDATE knowledge_gap SET escalated_at = COALESCE(escalated_at, ?) "
                + "WHERE id = ?", clock.instant(), id));
    }

    /** An expert's reply; a new reply needs a new approval. */
    public void reply(long id, String expertId, String text) {
        jdbc.read("keep an expert's reply", sql -> sql.update("UPDATE knowledge_gap SET expert_id = ?, expert_reply = ?, "
                + "replied_at = ?, approved_by = NULL, approved_at = NULL WHERE id = ?", expertId, Sql.cut(text, 4000),
                clock.instant(), id));
    }

    /** True when the reply is approved by this call (false: no reply, or approved already). */
    public boolean approve(long id, String approverId) {
        return jdbc.read("approve an expert's reply", sql -> sql.update("UPDATE knowledge_gap SET approved_by = ?, "
                + "approved_at = ? WHERE id = ? AND expert_reply IS NOT NULL AND approved_by IS NULL", approverId,
                clock.instant(), id)) == 1;
    }

    /** The gaps recorded since {@code since}, oldest first: of one workspace, or of all when it is empty. */
    public List<Gap> since(Optional<String> workspaceId, Instant since) {
        return jdbc.read("read the knowledge gaps", sql -> workspaceId.isPresent()
                ? sql.list("SELECT " + COLUMNS + " FROM knowledge_gap WHERE workspace_id = ? AND created_at >= ? "
                        + "ORDER BY created_at, id", KnowledgeGaps::gap, workspaceId.get(), since)
                : sql.list("SELECT " + COLUMNS + " FROM knowledge_gap WHERE created_at >= ? ORDER BY created_at, id",
                        KnowledgeGaps::gap, since));
    }

    /** The approved expert replies of a workspace, newest first. */
    public List<Gap> approved(String workspaceId) {
        return jdbc.read("read the approved replies", sql -> sql.list("SELECT " + COLUMNS + " FROM knowledge_gap "
                + "WHERE workspace_id = ? AND approved_by IS NOT NULL ORDER BY approved_at DESC, id DESC",
                KnowledgeGaps::gap, workspaceId));
    }

    private Optional<Long> idOf(String origin) {
        return jdbc.read("find a knowledge gap", sql -> sql.one("SELECT id FROM knowledge_gap WHERE origin = ?",
                rs -> rs.getLong(1), Sql.cut(origin, 200)));
    }

    private static Gap gap(ResultSet rs) throws SQLException {
        return new Gap(rs.getLong("id"), new Asked(rs.getString("workspace_id"), rs.getString("channel_id"),
                rs.getString("thread_ts"), rs.getString("asker_id"), rs.getString("question"), rs.getString("answer")),
                Reason.valueOf(rs.getString("reason").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(rs.getString("missing")), Optional.ofNullable(Sql.instant(rs, "escalated_at")),
                Optional.ofNullable(rs.getString("expert_id")), Optional.ofNullable(rs.getString("expert_reply")),
                Optional.ofNullable(rs.getString("approved_by")), Sql.instant(rs, "created_at"));
    }
}
