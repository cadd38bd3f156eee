package dev.mlopsguide.store;

import dev.mlopsguide.maturity.Questionnaire;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Team assessments in progress in channel threads. All their state is here, never only in memory, so that any
 * replica can take the next answer and a restart loses nothing.
 */
public final class ChannelFlows {

    private final Jdbc jdbc;
    private final Clock clock;
    private final QuestionnaireVersions versions;

    ChannelFlows(Jdbc jdbc, Clock clock, QuestionnaireVersions versions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.versions = versions;
    }

    public ChannelFlow start(long teamId, String channelId, String rootTs, Questionnaire questionnaire, String startedBy) {
        versions.ensure(questionnaire);
        var now = clock.instant();
        long id = jdbc.read("start a channel assessment in " + channelId, sql -> sql.insert(
                "INSERT INTO channel_flow (team_id, channel_id, root_ts, questionnaire_version, started_by, status, "
                        + "started_at, updated_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?)",
                teamId, channelId, rootTs, questionnaire.version(), startedBy, now, now));
        return byId(id).orElseThrow();
    }

    public Optional<ChannelFlow> byId(long id) {
        return jdbc.read("read channel assessment " + id, sql -> sql.one(
                "SELECT * FROM channel_flow WHERE id = ?", ChannelFlows::flow, id));
    }

    public Optional<ChannelFlow> find(String channelId, String rootTs) {
        return jdbc.read("find the channel assessment in " + channelId, sql -> sql.one(
                "SELECT * FROM channel_flow WHERE channel_id = ? AND root_ts = ?", ChannelFlows::flow, channelId, rootTs));
    }

    /**
     * Records (or changes) an answer while the flow is open.
     *
     * @return false when the flow is no longer open, so the answer was not taken
     */
    public boolean answer(long flowId, String questionId, String optionId, String answeredBy) {
        try {
            return tryAnswer(flowId, questionId, optionId, answeredBy);
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // Someone else answered the same question first, on another replica: change their answer instead.
            return tryAnswer(flowId, questionId, optionId, answeredBy);
        }
    }

    private boolean tryAnswer(long flowId, String questionId, String optionId, String answeredBy) {
        var now = clock.instant();
        return jdbc.transaction("record an answer in channel assessment " + flowId, sql -> {
            if (sql.update("UPDATE channel_flow SET updated_at = ? WHERE id = ? AND status = 'open'", now, flowId) == 0) {
                return false;
            }
            int changed = sql.update("UPDATE channel_flow_answer SET option_id = ?, answered_by = ?, answered_at = ? "
                    + "WHERE flow_id = ? AND question_id = ?", optionId, answeredBy, now, flowId, questionId);
            if (changed == 0) {
                sql.update("INSERT INTO channel_flow_answer (flow_id, question_id, option_id, answered_by, answered_at) "
                        + "VALUES (?, ?, ?, ?, ?)", flowId, questionId, optionId, answeredBy, now);
            }
            return true;
        });
    }

    public List<ChannelFlow.Answer> answers(long flowId) {
        return jdbc.read("read the answers of channel assessment " + flowId, sql -> sql.list(
                "SELECT question_id, option_id, answered_by, answered_at FROM channel_flow_answer WHERE flow_id = ? "
                        + "ORDER BY answered_at, question_id",
                rs -> new ChannelFlow.Answer(rs.getString(1), rs.getString(2), rs.getString(3), Sql.instant(rs, "answered_at")),
                flowId));
    }

    /**
     * Closes an open flow, so that exactly one caller goes on to score and record it.
     *
     * @return false when it was already finished or cancelled (for example by another replica)
     */
    public boolean finish(long flowId) {
        return jdbc.read("finish channel assessment " + flowId, sql -> sql.update(
                "UPDATE channel_flow SET status = 'finished', updated_at = ? WHERE id = ? AND status = 'open'",
                clock.instant(), flowId)) == 1;
    }

    /** Links a finished flow to the assessment recorded from its answers. */
    public void linkAssessment(long flowId, long assessmentId) {
        jdbc.read("link channel assessment " + flowId, sql -> sql.update(
                "UPDATE channel_flow SET assessment_id = ? WHERE id = ?", assessmentId, flowId));
    }

    /**
     * Claims the right to post the message asking a question in the flow's thread.
     *
     * @return true for the one caller that should post it
     */
    public boolean claimQuestionMessage(long flowId, String questionId) {
        try {
            jdbc.read("claim a question message", sql -> sql.update(
                    "INSERT INTO channel_flow_message (flow_id, question_id) VALUES (?, ?)", flowId, questionId));
            return true;
        } catch (StoreException e) {
            if (Jdbc.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Gives up a claim whose message could not be posted, so that the next step of the flow posts it again. */
    public void releaseQuestionMessage(long flowId, String questionId) {
        jdbc.read("release a question message", sql -> sql.update(
                "DELETE FROM channel_flow_message WHERE flow_id = ? AND question_id = ? AND message_ts IS NULL",
                flowId, questionId));
    }

    public void questionMessagePosted(long flowId, String questionId, String messageTs) {
        jdbc.read("record a question message", sql -> sql.update(
                "UPDATE channel_flow_message SET message_ts = ? WHERE flow_id = ? AND question_id = ?",
                messageTs, flowId, questionId));
    }

    /** The question messages posted so far, by question id (the ts is null while one is being posted). */
    public Map<String, String> questionMessages(long flowId) {
        var messages = new LinkedHashMap<String, String>();
        jdbc.read("read question messages", sql -> {
            sql.each("SELECT question_id, message_ts FROM channel_flow_message WHERE flow_id = ?",
                    rs -> messages.put(rs.getString(1), rs.getString(2)), flowId);
            return null;
        });
        return messages;
    }

    public List<ChannelFlow> ofTeam(long teamId) {
        return jdbc.read("list the channel assessments of team " + teamId, sql -> sql.list(
                "SELECT * FROM channel_flow WHERE team_id = ? ORDER BY started_at", ChannelFlows::flow, teamId));
    }

    private static ChannelFlow flow(ResultSet rs) throws SQLException {
        long assessment = rs.getLong("assessment_id");
        var assessmentId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(assessment);
        return new ChannelFlow(rs.getLong("id"), rs.getLong("team_id"), rs.getString("channel_id"),
                rs.getString("root_ts"), rs.getString("questionnaire_version"), rs.getString("started_by"),
                ChannelFlow.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                Sql.instant(rs, "started_at"), Sql.instant(rs, "updated_at"), assessmentId);
    }
}
