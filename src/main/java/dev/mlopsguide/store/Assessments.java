package dev.mlopsguide.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.Questionnaire;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongFunction;

/**
 * Recorded assessments: answers, who took them, and the result on the questionnaire version they were taken on.
 * An assessment is written in one transaction, so a failure midway leaves nothing behind. The latest result per
 * team is cached briefly and invalidated on every write here.
 */
public final class Assessments {

    private final Jdbc jdbc;
    private final Clock clock;
    private final QuestionnaireVersions versions;
    private final FollowUps followUps;
    private final Cache<Long, Optional<AssessmentRecord>> latest;

    Assessments(Jdbc jdbc, Clock clock, QuestionnaireVersions versions, FollowUps followUps, Duration cacheTtl,
                Ticker ticker) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.versions = versions;
        this.followUps = followUps;
        this.latest = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(10_000).ticker(ticker).build();
    }

    /** Records an assessment taken on {@code questionnaire} and returns its id. */
    public long save(NewAssessment assessment, Questionnaire questionnaire) {
        return save(assessment, questionnaire, id -> Optional.empty());
    }

    /**
     * Records an assessment and, in the same transaction, the work that follows it ({@code then}, given its id), so
     * that the work is kept exactly when the assessment is.
     */
    public long save(NewAssessment assessment, Questionnaire questionnaire,
                     LongFunction<Optional<FollowUps.FollowUp>> then) {
        versions.ensure(questionnaire);
        try {
            return jdbc.transaction("record an assessment of team " + assessment.teamId(), sql -> {
                long id = insert(sql, assessment);
                var work = then.apply(id);
                if (work.isPresent()) {
                    followUps.add(sql, work.get());
                }
                return id;
            });
        } finally {
            latest.invalidate(assessment.teamId());
        }
    }

    /**
     * Records the assessment of a finished team thread once: the thread is linked to it in the same transaction, and
     * a second call (work run again after a crash) returns the first one's id.
     */
    public long saveForChannelFlow(long flowId, NewAssessment assessment, Questionnaire questionnaire) {
        versions.ensure(questionnaire);
        try {
            return jdbc.transaction("record the assessment of channel assessment " + flowId, sql -> {
                var linked = sql.one("SELECT assessment_id FROM channel_flow WHERE id = ? FOR UPDATE",
                        rs -> Optional.ofNullable(rs.getObject(1) == null ? null : rs.getLong(1)), flowId)
                        .orElseThrow(() -> new SQLException("no channel assessment " + flowId));
                if (linked.isPresent()) {
                    return linked.get();
                }
                long id = insert(sql, assessment);
                sql.update("UPDATE channel_flow SET assessment_id = ? WHERE id = ?", id, flowId);
                return id;
            });
        } finally {
            latest.invalidate(assessment.teamId());
        }
    }

    private long insert(Sql sql, NewAssessment assessment) throws SQLException {
        var result = assessment.result();
        var score = result.score();
        long id = sql.insert("INSERT INTO assessment (team_id, questionnaire_version, taken_by, mode, taken_at, "
                        + "level, answered, total, target_level, unconfirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                assessment.teamId(), result.questionnaireVersion(), assessment.takenBy(), assessment.mode().id(),
                clock.instant(), score.level(), score.answered(), score.total(),
                result.target().map(t -> (Object) t.level()).orElse(null), assessment.unconfirmed());
        var answers = new ArrayList<Object[]>();
        assessment.answers().byQuestion().forEach((question, option) -> answers.add(
                new Object[] {id, question, option, assessment.answeredBy().get(question)}));
        sql.batch("INSERT INTO assessment_answer (assessment_id, question_id, option_id, answered_by) "
                + "VALUES (?, ?, ?, ?)", answers);
        writeAreas(sql, id, result);
        return id;
    }

    /** Replaces the stored result of an assessment by one scored on another questionnaire version. */
    public void rescore(long assessmentId, long teamId, AssessmentResult result, Questionnaire questionnaire) {
        versions.ensure(questionnaire);
        var score = result.score();
        try {
            jdbc.transaction("re-score assessment " + assessmentId, sql -> {
                sql.update("UPDATE assessment SET questionnaire_version = ?, level = ?, answered = ?, total = ?, "
                                + "rescored_at = ? WHERE id = ?", result.questionnaireVersion(), score.level(),
                        score.answered(), score.total(), clock.instant(), assessmentId);
                sql.update("DELETE FROM assessment_area WHERE assessment_id = ?", assessmentId);
                writeAreas(sql, assessmentId, result);
                return null;
            });
        } finally {
            latest.invalidate(teamId);
        }
    }

    /**
     * The team's result: its latest complete assessment, or its latest partial one while it has no complete one. A
     * team thread finished early never replaces a complete result.
     */
    public Optional<AssessmentRecord> latest(long teamId) {
        return latest.get(teamId, id -> records("read the latest assessment of team " + id,
                "a.team_id = ? AND a.id = (SELECT id FROM assessment WHERE team_id = ? ORDER BY CASE WHEN answered >= "
                        + "total AND unconfirmed = 0 THEN 0 ELSE 1 END, taken_at DESC, id DESC LIMIT 1)", id, id).stream().findFirst());
    }

    /** The latest assessment that this person took in this workspace, whatever the team. */
    public Optional<AssessmentRecord> latestTakenBy(String workspaceId, String userId) {
        return records("read the latest assessment of " + userId, "a.id = (SELECT x.id FROM assessment x JOIN team t ON "
                + "t.id = x.team_id WHERE t.workspace_id = ? AND x.taken_by = ? ORDER BY x.taken_at DESC, x.id DESC LIMIT 1)",
                workspaceId, userId).stream().findFirst();
    }

    public TeamHistory history(long teamId) {
        return new TeamHistory(records("read the history of team " + teamId, "a.team_id = ?", teamId));
    }

    public Optional<AssessmentRecord> byId(long id) {
        return records("read assessment " + id, "a.id = ?", id).stream().findFirst();
    }

    void forget(long teamId) {
        latest.invalidate(teamId);
    }

    private static void writeAreas(Sql sql, long id, AssessmentResult result) throws SQLException {
        var areas = new ArrayList<Object[]>();
        result.score().areas().forEach(a -> areas.add(new Object[] {id, a.area().id(),
                a.level().isPresent() ? a.level().getAsInt() : null}));
        sql.batch("INSERT INTO assessment_area (assessment_id, area_id, level) VALUES (?, ?, ?)", areas);
    }

    private List<AssessmentRecord> records(String what, String where, Object... params) {
        return jdbc.read(what, sql -> {
            var rows = sql.list("SELECT a.* FROM assessment a WHERE " + where + " ORDER BY a.taken_at, a.id",
                    Assessments::row, params);
            if (rows.isEmpty()) {
                return List.of();
            }
            var answers = new HashMap<Long, Map<String, String>>();
            sql.each("SELECT x.assessment_id, x.question_id, x.option_id FROM assessment_answer x "
                    + "JOIN assessment a ON a.id = x.assessment_id WHERE " + where, rs -> answers
                    .computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3)), params);
            var areas = new HashMap<Long, Map<String, Integer>>();
            sql.each("SELECT x.assessment_id, x.area_id, x.level FROM assessment_area x "
                    + "JOIN assessment a ON a.id = x.assessment_id WHERE " + where + " AND x.level IS NOT NULL", rs -> areas
                    .computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3)), params);
            return rows.stream().map(r -> new AssessmentRecord(r.id, r.teamId, r.version, r.takenBy, r.mode, r.takenAt,
                    r.level, areas.getOrDefault(r.id, Map.of()), r.answered, r.total, r.target,
                    new Answers(answers.getOrDefault(r.id, Map.of())), r.unconfirmed)).toList();
        });
    }

    /** The assessment row before its answers and areas are attached. */
    private record Row(long id, long teamId, String version, String takenBy, AssessmentMode mode,
                       Instant takenAt, int level, int answered, int total, OptionalInt target, int unconfirmed) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        var target = Sql.integerOrNull(rs, "target_level");
        return new Row(rs.getLong("id"), rs.getLong("team_id"), rs.getString("questionnaire_version"),
                rs.getString("taken_by"), AssessmentMode.fromId(rs.getString("mode")), Sql.instant(rs, "taken_at"),
                rs.getInt("level"), rs.getInt("answered"), rs.getInt("total"),
                target == null ? OptionalInt.empty() : OptionalInt.of(target), rs.getInt("unconfirmed"));
    }
}
