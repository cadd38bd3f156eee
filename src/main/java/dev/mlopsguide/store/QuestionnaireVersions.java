package dev.mlopsguide.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.maturity.content.QuestionnaireJson;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the definition of every questionnaire version that answers were given on, so that stored answers keep
 * their meaning after the content changes.
 */
public final class QuestionnaireVersions {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireVersions.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbc jdbc;
    private final Clock clock;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    QuestionnaireVersions(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records this version's definition unless it is already stored. */
    public void ensure(Questionnaire questionnaire) {
        if (known.contains(questionnaire.version())) {
            return;
        }
        var definition = definition(questionnaire);
        var stored = definition(questionnaire.version());
        if (stored.isEmpty()) {
            try {
                jdbc.read("store questionnaire version " + questionnaire.version(), sql -> sql.update(
                        "INSERT INTO questionnaire_version (version, definition, created_at) VALUES (?, ?, ?)",
                        questionnaire.version(), definition, clock.instant()));
            } catch (StoreException e) {
                if (!Jdbc.isUniqueViolation(e)) {
                    throw e;
                }
            }
        } else if (!stored.get().equals(definition)) {
            LOG.warn("Questionnaire version {} was edited after answers were stored on it; give edited content a new "
                    + "'version' in assessment.yml so that old answers keep their meaning", questionnaire.version());
        }
        known.add(questionnaire.version());
    }

    /** The JSON definition stored for a version. */
    public Optional<String> definition(String version) {
        return jdbc.read("read questionnaire version " + version, sql -> sql.one(
                "SELECT definition FROM questionnaire_version WHERE version = ?", rs -> rs.getString(1), version));
    }

    private static String definition(Questionnaire questionnaire) {
        try {
            return JSON.writeValueAsString(QuestionnaireJson.of(questionnaire));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
