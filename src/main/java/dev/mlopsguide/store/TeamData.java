package dev.mlopsguide.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A team's data as a whole, for data requests: export everything, or delete everything. */
public final class TeamData {

    /** What a deletion removed. */
    public record Deleted(int assessments, int channelAssessments, int digestSubscriptions) {
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final Profiles profiles;
    private final Assessments assessments;
    private final ChannelFlows flows;
    private final DigestSubscriptions subscriptions;
    private final DigestDeliveries deliveries;
    private final Cadences cadences;
    private final AdoptedSteps adopted;

    TeamData(Jdbc jdbc, Clock clock, Profiles profiles, Assessments assessments, ChannelFlows flows,
             DigestSubscriptions subscriptions, DigestDeliveries deliveries, Cadences cadences, AdoptedSteps adopted) {
        this.cadences = cadences;
        this.adopted = adopted;
        this.jdbc = jdbc;
        this.clock = clock;
        this.profiles = profiles;
        this.assessments = assessments;
        this.flows = flows;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    public TeamExport export(Team team) {
        var profile = profiles.find(team.id()).map(p -> new TeamExport.ProfileJson(p.profile().stage().id(),
                p.profile().modelsInProduction(), p.profile().retraining().id(), p.profile().serving().id(),
                p.profile().availability(), p.profile().regulation().id(), p.updatedBy(), text(p.updatedAt()))).orElse(null);
        var records = assessments.history(team.id()).records().stream().map(r -> new TeamExport.AssessmentJson(
                r.id(), text(r.takenAt()), r.takenBy(), r.mode().id(), r.questionnaireVersion(), r.level(), r.answered(),
                r.total(), r.targetLevel().isPresent() ? r.targetLevel().getAsInt() : null, r.areaLevels(),
                r.answers().byQuestion())).toList();
        var channelAssessments = flows.ofTeam(team.id()).stream().map(f -> new TeamExport.ChannelAssessmentJson(
                f.id(), f.channelId(), f.rootTs(), f.status().name().toLowerCase(Locale.ROOT), f.startedBy(),
                text(f.startedAt()), flows.answers(f.id()))).toList();
        var digests = subscriptions.ofTeam(team.id()).stream().map(s -> new TeamExport.SubscriptionJson(s.id(),
                s.channelId(), s.weekday().name(), s.time().toString(), s.zone().getId(), s.createdBy(), s.active(),
                s.pausedReason().orElse(null), deliveries.ofSubscription(s.id()).stream().map(d ->
                new TeamExport.DeliveryJson(d.week(), d.status().name().toLowerCase(Locale.ROOT),
                        d.sentAt().map(TeamData::text).orElse(null), d.messageTs().orElse(null), d.error().orElse(null)))
                .toList())).toList();
        var steps = adopted.ofTeam(team.id()).stream().map(s -> new TeamExport.AdoptedStepJson(s.id(), s.stepId(),
                s.questionId().orElse(null), s.ownerId(), s.dueOn().toString(), s.status().id(), s.adoptedBy(),
                text(s.adoptedAt()), s.issueUrl().orElse(null))).toList();
        var key = team.key();
        return new TeamExport(text(clock.instant()), new TeamExport.TeamJson(team.id(), key.workspaceId(),
                key.kind().id(), key.externalId(), team.name()), profile, records, channelAssessments, digests,
                cadences.months(team.id()), steps);
    }

    /** Deletes the team and everything about it, in one transaction. */
    public Deleted delete(Team team) {
        Objects.requireNonNull(team);
        try {
            return jdbc.transaction("delete team " + team.name(), sql -> {
                var deleted = new Deleted(
                        count(sql, "SELECT COUNT(*) FROM assessment WHERE team_id = ?", team.id()),
                        count(sql, "SELECT COUNT(*) FROM channel_flow WHERE team_id = ?", team.id()),
                        count(sql, "SELECT COUNT(*) FROM digest_subscription WHERE team_id = ?", team.id()));
                sql.update("DELETE FROM team WHERE id = ?", team.id());
                return deleted;
            });
        } finally {
            forget(team);
        }
    }

    /** Drops what this instance caches about the team, after its rows were deleted. */
    void forget(Team team) {
        profiles.forget(team.id());
        assessments.forget(team.id());
    }

    private static int count(Sql sql, String query, long teamId) throws SQLException {
        return sql.one(query, rs -> rs.getInt(1), teamId).orElse(0);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
