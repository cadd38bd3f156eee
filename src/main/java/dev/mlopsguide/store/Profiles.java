package dev.mlopsguide.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.mlopsguide.maturity.ProfileChoice;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Team profiles. Reads are cached for a short time and the cache is invalidated on every write here; another
 * replica's write is seen once the entry expires.
 */
public final class Profiles {

    private static final String UPDATE = "UPDATE team_profile SET stage = ?, models_in_production = ?, retraining = ?, "
            + "serving = ?, availability = ?, regulation = ?, updated_by = ?, updated_at = ? WHERE team_id = ?";
    private static final String INSERT = "INSERT INTO team_profile (stage, models_in_production, retraining, serving, "
            + "availability, regulation, updated_by, updated_at, team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;
    private final Clock clock;
    private final Cache<Long, Optional<StoredProfile>> cache;

    Profiles(Jdbc jdbc, Clock clock, Duration cacheTtl, Ticker ticker) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(10_000).ticker(ticker).build();
    }

    public void save(long teamId, TeamProfile profile, String updatedBy) {
        Object[] values = {profile.stage().id(), profile.modelsInProduction(), profile.retraining().id(),
                profile.serving().id(), profile.availability(), profile.regulation().id(), updatedBy, clock.instant(), teamId};
        try {
            jdbc.read("save the profile of team " + teamId, sql -> {
                int updated = sql.update(UPDATE, values);
                return updated > 0 ? updated : sql.update(INSERT, values);
            });
        } catch (StoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // Another replica inserted the first profile at the same moment: ours is the later write.
            jdbc.read("save the profile of team " + teamId, sql -> sql.update(UPDATE, values));
        } finally {
            cache.invalidate(teamId);
        }
    }

    public Optional<StoredProfile> find(long teamId) {
        return cache.get(teamId, id -> jdbc.read("read the profile of team " + id, sql -> sql.one(
                "SELECT * FROM team_profile WHERE team_id = ?", Profiles::profile, id)));
    }

    void forget(long teamId) {
        cache.invalidate(teamId);
    }

    private static StoredProfile profile(ResultSet rs) throws SQLException {
        var availability = rs.getObject("availability") instanceof Number n ? n.doubleValue() : null;
        var profile = new TeamProfile(
                ProfileChoice.fromId(Stage.class, rs.getString("stage")).orElseThrow(),
                rs.getInt("models_in_production"),
                ProfileChoice.fromId(RetrainingCadence.class, rs.getString("retraining")).orElseThrow(),
                ProfileChoice.fromId(ServingMode.class, rs.getString("serving")).orElseThrow(),
                availability,
                ProfileChoice.fromId(Regulation.class, rs.getString("regulation")).orElseThrow());
        return new StoredProfile(profile, rs.getString("updated_by"), Sql.instant(rs, "updated_at"));
    }
}
