package dev.mlopsguide.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlopsguide.config.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path temp;

    @Test
    void anEmbeddedDatabaseIsCreatedOnFirstUse() {
        var folder = temp.resolve("new/data");

        try (var database = Database.open(DatabaseSettings.h2(folder))) {
            assertThat(database.readiness().ready()).isTrue();
        }
        assertThat(folder.resolve("mlops-guide.mv.db")).exists();
    }

    @Test
    void aDatabaseThatIsDownGivesOneClearMessageWithoutThePassword() {
        var settings = DatabaseSettings.parse("postgres://app:s3cret@127.0.0.1:1/mlops");

        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("cannot open the database PostgreSQL 127.0.0.1:1/mlops (")
                .hasMessageEndingWith("check DATABASE_URL and that the server is running")
                .message().doesNotContain("s3cret");
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamed() throws Exception {
        var file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> Database.open(DatabaseSettings.h2(file.resolve("data"))))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("cannot create the data folder").hasMessageContaining("MLOPS_GUIDE_DATA_DIR");
    }

    @Test
    void readinessSaysWhenTheDatabaseGoesAwayLater() throws Exception {
        var settings = TestDatabases.freshPostgres();
        try (var database = Database.open(settings)) {
            assertThat(database.readiness().ready()).isTrue();

            var name = settings.jdbcUrl().substring(settings.jdbcUrl().lastIndexOf('/') + 1);
            try (var admin = java.sql.DriverManager.getConnection(settings.jdbcUrl().replace("/" + name, "/postgres"), "postgres", "");
                 var statement = admin.createStatement()) {
                statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
            }

            var readiness = database.readiness();
            assertThat(readiness.ready()).isFalse();
            assertThat(readiness.detail()).startsWith(settings.description() + " is unreachable");
        }
    }
}
