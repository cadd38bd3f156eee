package dev.mlopsguide.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.maturity.TestContent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** A database created by the first migration is upgraded by the latest one, with its data. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"h2", "postgresql"})
class MigrationTest {

    @Parameter
    String engine;

    @TempDir
    Path temp;

    @Test
    void theFirstSchemaIsUpgradedWithItsData() {
        var settings = TestDatabases.fresh(engine, temp);
        var at = Instant.parse("2026-10-05T08:00:00Z");
        try (var pool = Database.pool(settings)) {
            assertThat(Database.migrate(pool, "1")).isEqualTo("1");
            new Jdbc(pool).transaction("write version 1 data", sql -> {
                sql.update("INSERT INTO workspace (id, name, created_at) VALUES ('local', 'local', ?)", at);
                long team = sql.insert("INSERT INTO team (workspace_id, kind, external_id, name, created_at) "
                        + "VALUES ('local', 'local', 'ml', 'ml', ?)", at);
                sql.update("INSERT INTO questionnaire_version (version, definition, created_at) VALUES ('2025.1', '{}', ?)", at);
                long id = sql.insert("INSERT INTO assessment (team_id, questionnaire_version, taken_by, mode, taken_at, "
                        + "level, answered, total) VALUES (?, '2025.1', 'alice', 'cli', ?, 1, 2, 2)", team, at);
                sql.update("INSERT INTO assessment_answer (assessment_id, question_id, option_id) VALUES (?, 'compute', 'laptop')", id);
                sql.update("INSERT INTO assessment_answer (assessment_id, question_id, option_id) VALUES (?, 'serving', 'batch')", id);
                sql.update("INSERT INTO assessment_area (assessment_id, area_id, level) VALUES (?, 'data', 1)", id);
                return null;
            });
        }

        try (var database = Database.open(settings)) {
            assertThat(database.schemaVersion()).isEqualTo(Database.LATEST_MIGRATION);
            var store = new Store(database, Clock.systemUTC(), Store.CACHE_TTL, System::nanoTime);
            var team = store.teams().find(TeamKey.local("ml")).orElseThrow();
            var record = store.assessments().latest(team.id()).orElseThrow();
            assertThat(record.takenAt()).isEqualTo(at);
            assertThat(record.questionnaireVersion()).isEqualTo("2025.1");
            assertThat(record.answers().byQuestion()).containsOnlyKeys("compute", "serving");
            assertThat(record.areaLevels()).containsEntry("data", 1);
            // The tables of the second migration work beside the old data.
            var flow = store.channelFlows().start(team.id(), "C1", "1.1", TestContent.bundled().questionnaire(), "U1", ZoneOffset.UTC, ChannelFlow.Kind.ASSESSMENT, List.of());
            assertThat(store.channelFlows().answer(flow.id(), "compute", "managed", "U1",
                    new FollowUps.FollowUp("thread.step", "{}"))).isTrue();
        }
    }

    @Test
    void aSchemaAtTheLatestMigrationOpensWithoutFlywayAndOneBehindIsMigrated() throws Exception {
        var settings = TestDatabases.fresh(engine, temp);
        try (var pool = Database.pool(settings)) {
            assertThat(Database.appliedVersion(pool)).isEmpty();
            Database.migrate(pool, "6");
            assertThat(Database.appliedVersion(pool)).contains("6");
        }

        try (var database = Database.open(settings)) {
            assertThat(database.schemaVersion()).isEqualTo(Database.LATEST_MIGRATION);
            assertThat(Database.appliedVersion(database.dataSource())).contains(Database.LATEST_MIGRATION);
        }
        try (var again = Database.open(settings)) {
            assertThat(again.schemaVersion()).isEqualTo(Database.LATEST_MIGRATION);
        }
    }

    @Test
    void theLatestMigrationTheCodeKnowsIsTheLastFileInTheMigrationsFolder() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            var last = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Database.LATEST_MIGRATION).isEqualTo(String.valueOf(last));
        }
    }
}
