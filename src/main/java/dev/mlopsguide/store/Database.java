package dev.mlopsguide.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mlopsguide.config.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The application's database: a connection pool with the schema migrated to the latest version. Opening it
 * fails with one clear {@link DatabaseUnavailableException} when the database is down or locked.
 */
public final class Database implements AutoCloseable {

    /** Well under Slack's 3 seconds, so that a request can still say in time that the database is down. */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1500);

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Jdbc jdbc;
    private final String schemaVersion;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, String schemaVersion) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
        this.schemaVersion = schemaVersion;
    }

    /**
     * The version of the last migration in {@code db/migration}. A schema already at it is not handed to Flyway, whose
     * own start-up (half a second of class loading and a scan of the jar) every restart would otherwise pay.
     */
    static final String LATEST_MIGRATION = "13";

    /** Opens the pool and migrates the schema to the latest version. */
    public static Database open(DatabaseSettings settings) {
        var pool = pool(settings);
        try {
            var version = appliedVersion(pool).filter(LATEST_MIGRATION::equals).orElseGet(() -> migrate(pool, null));
            return new Database(settings, pool, version);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The version of the last migration applied successfully, read from Flyway's history; empty when there is none. */
    static Optional<String> appliedVersion(DataSource dataSource) {
        // Flyway quotes its table's and columns' lower-case names on H2 and PostgreSQL alike.
        try (var connection = dataSource.getConnection();
             var tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", new String[] {"TABLE"})) {
            if (!tables.next()) {
                return Optional.empty();
            }
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\" "
                         + "and \"version\" is not null order by \"installed_rank\" desc")) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot read the schema's version: " + e.getMessage(), e);
        }
    }

    /**
     * Migrates the schema of {@code dataSource} up to {@code targetVersion} (null: the latest) and returns the
     * version it is at afterwards.
     */
    public static String migrate(DataSource dataSource, String targetVersion) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (targetVersion != null) {
            configuration.target(targetVersion);
        }
        try {
            var flyway = configuration.load();
            flyway.migrate();
            var current = flyway.info().current();
            return current == null ? "empty" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new StoreException("could not migrate the database schema: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbc jdbc() {
        return jdbc;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** Whether a connection can be had and answers within two seconds. */
    public Readiness readiness() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2) ? Readiness.ready(settings.description())
                    : Readiness.notReady(settings.description() + " does not answer");
        } catch (SQLException e) {
            return Readiness.notReady(settings.description() + " is unreachable: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A connection pool for the database, without touching its schema. */
    static HikariDataSource pool(DatabaseSettings settings) {
        settings.h2Directory().ifPresent(dir -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new DatabaseUnavailableException("cannot create the data folder " + dir + ": " + e.getMessage()
                        + "; set " + DatabaseSettings.DATA_DIR + " to a writable folder", e);
            }
        });
        var config = new HikariConfig();
        config.setPoolName("mlops-guide");
        config.setJdbcUrl(settings.jdbcUrl());
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(explain(settings, e), e);
        }
    }

    private static String explain(DatabaseSettings settings, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        var reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
        if (reason.contains("already in use") || reason.contains("locked by another process")) {
            return "the database " + settings.description() + " is in use by another process; stop it, or set "
                    + DatabaseSettings.DATABASE_URL + " to a PostgreSQL database that several processes can share";
        }
        return "cannot open the database " + settings.description() + " (" + reason + "); check "
                + (settings.isPostgres() ? DatabaseSettings.DATABASE_URL + " and that the server is running"
                : DatabaseSettings.DATA_DIR);
    }
}
