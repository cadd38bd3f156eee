package dev.mlopsguide.store;

import dev.mlopsguide.maturity.Questionnaire;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
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

    /**
     * Who posts a question's message: nobody yet, an earlier attempt of the caller (which may have posted it), or
     * other work.
     */
    public enum Claim {
        /** The caller claimed it first: nothing was posted yet. */
        NEW,
        /** The caller took over a claim left without a message (its own earlier attempt, or work that ended): the
         *  message may be in the thread already. */
        RESUMED,
        /** Posted, or being posted by other work. */
        TAKEN
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final QuestionnaireVersions versions;
    private final FollowUps followUps;

    ChannelFlows(Jdbc jdbc, Clock clock, QuestionnaireVersions versions, FollowUps followUps) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.versions = versions;
        this.followUps = followUps;
    }

    /**
     * Records the flow whose root was posted at {@code rootTs}, with the answers it starts with (a check-in's, carried
     * over from the team's previous assessment); the same thread a second time is the same flow.
     */
    public ChannelFlow start(long teamId, String channelId, String rootTs, Questionnaire questionnaire, String startedBy,
                             ZoneId zone, ChannelFlow.Kind kind, List<ChannelFlow.Answer> carried) {
        versions.ensure(questionnaire);
        var now = clock.instant();
        try {
            long id = jdbc.transaction("start a channel assessment in " + channelId, sql -> {
                long flow = sql.insert("INSERT INTO channel_flow (team_id, channel_id, root_ts, questionnaire_version, "
                                + "started_by, status, started_at, updated_at, kind, time_zone) "
                                + "VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)",
                        teamId, channelId, rootTs, questionnaire.version(), startedBy, now, now, kind.id(), zone.getId());
                var rows = new ArrayList<Object[]>();
                carried.forEach(a -> rows.add(new Object[] {flow, a.questionId(), a.optionId(), a.answeredBy(),
                        a.answeredAt(), a.carried()}));
                sql.batch("INSERT INTO channel_flow_answer (flow_id, question_id, option_id, answered_by, answered_at, "
                        + "carried) VALUES (?, ?, ?, ?, ?, ?)", rows);
                return flow;
            });
            return byId(id).orElseThrow();
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            return find(channelId, rootTs).orElseThrow(() -> e);
        }
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
    public boolean answer(long flowId, String questionId, String optionId, String answeredBy,
                          FollowUps.FollowUp then) {
        try {
            return tryAnswer(flowId, questionId, optionId, answeredBy, then);
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // Someone else answered the same question first, on another replica: change their answer instead.
            return tryAnswer(flowId, questionId, optionId, answeredBy, then);
        }
    }

    private boolean tryAnswer(long flowId, String questionId, String optionId, String answeredBy,
                              FollowUps.FollowUp then) {
        var now = clock.instant();
        return jdbc.transaction("record an answer in channel assessment " + flowId, sql -> {
            if (sql.update("UPDATE channel_flow SET updated_at = ? WHERE id = ? AND status = 'open'", now, flowId) == 0) {
                return false;
            }
            int changed = sql.update("UPDATE channel_flow_answer SET option_id = ?, answered_by = ?, answered_at = ?, "
                    + "carried = FALSE WHERE flow_id = ? AND question_id = ?", optionId, answeredBy, now, flowId, questionId);
            if (changed == 0) {
                sql.update("INSERT INTO channel_flow_answer (flow_id, question_id, option_id, answered_by, answered_at) "
                        + "VALUES (?, ?, ?, ?, ?)", flowId, questionId, optionId, answeredBy, now);
            }
            followUps.add(sql, then);
            return true;
        });
    }

    public List<ChannelFlow.Answer> answers(long flowId) {
        return jdbc.read("read the answers of channel assessment " + flowId, sql -> sql.list(
                "SELECT question_id, option_id, answered_by, answered_at, carried FROM channel_flow_answer "
                        + "WHERE flow_id = ? ORDER BY answered_at, question_id",
                rs -> new ChannelFlow.Answer(rs.getString(1), rs.getString(2), rs.getString(3),
                        Sql.instant(rs, "answered_at"), rs.getBoolean("carried")),
                flowId));
    }

    /**
     * Closes an open flow and keeps the work of scoring it, so that exactly one caller's work scores and records it.
     *
     * @return false when it was already finished or cancelled (for example by another replica)
     */
    public boolean finish(long flowId, FollowUps.FollowUp then) {
        return close(flowId, ChannelFlow.Status.FINISHED, then);
    }

    /**
     * A check-in's "nothing else changed": the answers still carried over become {@code confirmedBy}'s, and the flow is
     * closed with the work of scoring it.
     *
     * @return false when it was no longer open
     */
    public boolean confirm(long flowId, String confirmedBy, FollowUps.FollowUp then) {
        var now = clock.instant();
        return jdbc.transaction("confirm check-in " + flowId, sql -> {
            if (sql.update("UPDATE channel_flow SET status = 'finished', updated_at = ? WHERE id = ? AND status = 'open'",
                    now, flowId) == 0) {
                return false;
            }
            sql.update("UPDATE channel_flow_answer SET carried = FALSE, answered_by = ?, answered_at = ? "
                    + "WHERE flow_id = ? AND carried", confirmedBy, now, flowId);
            followUps.add(sql, then);
            return true;
        });
    }

    /**
     * Closes an open flow that was left open too long, with the work that follows (scoring what was answered, or
     * saying that nothing was).
     *
     * @return false when it was closed already
     */
    public boolean closeByItself(long flowId, ChannelFlow.Status status, FollowUps.FollowUp then) {
        return jdbc.transaction("close channel assessment " + flowId + " by itself", sql -> {
            if (sql.update("UPDATE channel_flow SET status = ?, closed_by_itself = TRUE, updated_at = ? WHERE id = ? "
                    + "AND status = 'open'", status.name().toLowerCase(Locale.ROOT), clock.instant(), flowId) == 0) {
                return false;
            }
            followUps.add(sql, then);
            return true;
        });
    }

    /**
     * Counts reminder {@code number} (from 1) of an open flow as sent, with the work of posting it: true for exactly
     * one caller.
     */
    public boolean remind(long flowId, int number, FollowUps.FollowUp then) {
        return jdbc.transaction("remind channel assessment " + flowId, sql -> {
            if (sql.update("UPDATE channel_flow SET reminders_sent = ? WHERE id = ? AND status = 'open' "
                    + "AND reminders_sent = ?", number, flowId, number - 1) == 0) {
                return false;
            }
            followUps.add(sql, then);
            return true;
        });
    }

    /** Every open team thread, the oldest first. */
    public List<ChannelFlow> open() {
        return jdbc.read("list the open channel assessments", sql -> sql.list(
                "SELECT * FROM channel_flow WHERE status = 'open' ORDER BY started_at, id", ChannelFlows::flow));
    }

    public void cardPosted(long flowId, String cardTs) {
        jdbc.read("record a check-in card", sql -> sql.update("UPDATE channel_flow SET card_ts = ? WHERE id = ?",
                cardTs, flowId));
    }

    /**
     * Cancels an open flow, with the work of saying so in its thread; nothing is scored.
     *
     * @return false when it was no longer open
     */
    public boolean cancel(long flowId, FollowUps.FollowUp then) {
        return close(flowId, ChannelFlow.Status.CANCELLED, then);
    }

    /** Moves an open flow to {@code status} and keeps the work that follows, in one transaction; false if not open. */
    private boolean close(long flowId, ChannelFlow.Status status, FollowUps.FollowUp then) {
        var name = status.name().toLowerCase(Locale.ROOT);
        return jdbc.transaction("mark channel assessment " + flowId + " " + name, sql -> {
            if (sql.update("UPDATE channel_flow SET status = ?, updated_at = ? WHERE id = ? AND status = 'open'",
                    name, clock.instant(), flowId) == 0) {
                return false;
            }
            followUps.add(sql, then);
            return true;
        });
    }

    /**
     * Claims, for the work {@code followUpId}, the right to post the message asking a question in the flow's thread.
     * A claim without a message whose work is no longer pending (it failed for good, or it was made before claims
     * named their work) is taken over, so that a thread never waits for good.
     */
    public Claim claimQuestionMessage(long flowId, String questionId, long followUpId) {
        try {
            jdbc.read("claim a question message", sql -> sql.update(
                    "INSERT INTO channel_flow_message (flow_id, question_id, claimed_by) VALUES (?, ?, ?)",
                    flowId, questionId, followUpId));
            return Claim.NEW;
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
        }
        int resumed = jdbc.read("take over a question message", sql -> sql.update(
                "UPDATE channel_flow_message SET claimed_by = ? WHERE flow_id = ? AND question_id = ? "
                        + "AND message_ts IS NULL AND (claimed_by IS NULL OR claimed_by = ? OR claimed_by NOT IN "
                        + "(SELECT id FROM follow_up WHERE status = 'pending'))",
                followUpId, flowId, questionId, followUpId));
        return resumed == 1 ? Claim.RESUMED : Claim.TAKEN;
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

    /** The open team assessment of a channel, if there is one (the latest, should two have been started at once). */
    public Optional<ChannelFlow> openIn(String channelId) {
        return jdbc.read("find the open channel assessment in " + channelId, sql -> sql.one(
                "SELECT * FROM channel_flow WHERE channel_id = ? AND status = 'open' ORDER BY started_at DESC, id DESC",
                ChannelFlows::flow, channelId));
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
                Sql.instant(rs, "started_at"), Sql.instant(rs, "updated_at"), assessmentId,
                ChannelFlow.Kind.fromId(rs.getString("kind")), rs.getInt("reminders_sent"),
                Optional.ofNullable(rs.getString("time_zone")).map(ZoneId::of), Optional.ofNullable(rs.getString("card_ts")),
                rs.getBoolean("closed_by_itself"));
    }
}
