package dev.mlopsguide.store;

import java.time.Clock;
import java.util.Optional;

/**
 * The threads the app answers questions in: channel threads where it answered someone, whose follow-ups need no
 * mention, and the threads of the assistant pane, with the channel the person was viewing.
 */
public final class QuestionThreads {

    /** A thread: who asked first and what, and for an assistant thread, the channel the person is viewing. */
    public record QuestionThread(String workspaceId, String channelId, String threadTs, Optional<String> askerId,
                                 Optional<String> firstQuestion, Optional<String> viewingChannelId) {
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final Teams teams;

    QuestionThreads(Jdbc jdbc, Clock clock, Teams teams) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.teams = teams;
    }

    /** The app answered {@code question} in the thread: the thread's first question and asker are kept. */
    public void answered(String workspaceId, String channelId, String threadTs, String askerId, String question) {
        var kept = Sql.cut(question, 4000);
        upsert(workspaceId, channelId, threadTs,
                "UPDATE question_thread SET asker_id = COALESCE(asker_id, ?), first_question = COALESCE(first_question, ?), "
                        + "updated_at = ? WHERE channel_id = ? AND thread_ts = ?", askerId, kept);
    }

    /** The person's assistant thread is beside {@code viewingChannelId} (empty: a view that is not a channel). */
    public void viewing(String workspaceId, String channelId, String threadTs, Optional<String> viewingChannelId) {
        upsert(workspaceId, channelId, threadTs, "UPDATE question_thread SET context_channel_id = ?, updated_at = ? "
                + "WHERE channel_id = ? AND thread_ts = ?", viewingChannelId.orElse(null));
    }

    public Optional<QuestionThread> find(String channelId, String threadTs) {
        return jdbc.read("read a question thread", sql -> sql.one("SELECT workspace_id, asker_id, first_question, "
                        + "context_channel_id FROM question_thread WHERE channel_id = ? AND thread_ts = ?",
                rs -> new QuestionThread(rs.getString("workspace_id"), channelId, threadTs,
                        Optional.ofNullable(rs.getString("asker_id")), Optional.ofNullable(rs.getString("first_question")),
                        Optional.ofNullable(rs.getString("context_channel_id"))), channelId, threadTs));
    }

    /** True the first time only: the thread's asker is then told how to ask a follow-up. */
    public boolean tellHowOnce(String channelId, String threadTs) {
        return jdbc.read("mark a thread told", sql -> sql.update("UPDATE question_thread SET told_how = TRUE "
                + "WHERE channel_id = ? AND thread_ts = ? AND told_how = FALSE", channelId, threadTs)) == 1;
    }

    /** Runs {@code update} (its values, then the time and the thread's key); inserts the thread first if it is new. */
    private void upsert(String workspaceId, String channelId, String threadTs, String update, Object... values) {
        var params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = clock.instant();
        params[values.length + 1] = channelId;
        params[values.length + 2] = threadTs;
        teams.ensureWorkspace(workspaceId, workspaceId);
        try {
            jdbc.transaction("keep a question thread", sql -> {
                if (sql.update(update, params) == 0) {
                    sql.update("INSERT INTO question_thread (channel_id, thread_ts, workspace_id, updated_at) "
                            + "VALUES (?, ?, ?, ?)", channelId, threadTs, workspaceId, clock.instant());
                    sql.update(update, params);
                }
                return null;
            });
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // Another replica added the thread at the same moment: this change goes on top of it.
            jdbc.read("keep a question thread", sql -> sql.update(update, params));
        }
    }
}
