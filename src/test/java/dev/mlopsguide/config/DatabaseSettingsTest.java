package dev.mlopsguide.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutSettingsTheDataLivesInAnH2FileUnderData() {
        var settings = DatabaseSettings.fromEnvironment(Map.of());

        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("mlops-guide"));
        assertThat(settings.h2Directory()).contains(Path.of("data").toAbsolutePath());
        assertThat(settings.isPostgres()).isFalse();
    }

    @Test
    void theDataFolderCanBeMoved() {
        var settings = DatabaseSettings.fromEnvironment(Map.of(DatabaseSettings.DATA_DIR, "/var/lib/mlops"));

        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:/var/lib/mlops/mlops-guide;");
    }

    @Test
    void aPostgresUrlInTheHerokuStyleIsTranslated() {
        var settings = DatabaseSettings.fromEnvironment(Map.of(DatabaseSettings.DATABASE_URL,
                "postgres://ml%40ops:p%3Ass@db.internal:6543/guide?sslmode=require"));

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/guide?sslmode=require");
        assertThat(settings.user()).isEqualTo("ml@ops");
        assertThat(settings.password()).isEqualTo("p:ss");
        assertThat(settings.description()).isEqualTo("PostgreSQL db.internal:6543/guide").doesNotContain("p:ss");
        assertThat(settings.toString()).doesNotContain("p:ss");
        assertThat(settings.isPostgres()).isTrue();
    }

    @Test
    void aJdbcUrlIsUsedAsItIs() {
        var settings = DatabaseSettings.parse("jdbc:postgresql://127.0.0.1:5432/guide?user=app&password=secret");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/guide?user=app&password=secret");
        assertThat(settings.description()).isEqualTo("PostgreSQL 127.0.0.1:5432/guide");
    }

    @Test
    void aMalformedUrlNamesTheVariable() {
        assertThatThrownBy(() -> DatabaseSettings.parse("mysql://localhost/db"))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("DATABASE_URL: expected postgres://");
        assertThatThrownBy(() -> DatabaseSettings.parse("postgres://host-without-database"))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("DATABASE_URL: expected postgres://");
    }
}
