package dev.mlopsguide.store;

import dev.mlopsguide.config.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests: an H2 file in a folder, or a new database on one embedded PostgreSQL server
 * that the tests start themselves (once per test run) on 127.0.0.1.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** A new empty database of the given engine ("h2" or "postgresql"); H2 files go under {@code folder}. */
    public static DatabaseSettings fresh(String engine, Path folder) {
        return switch (engine) {
            case "h2" -> DatabaseSettings.h2(folder.resolve("h2-" + COUNTER.incrementAndGet()));
            case "postgresql" -> freshPostgres();
            default -> throw new IllegalArgumentException(engine);
        };
    }

    public static DatabaseSettings freshPostgres() {
        return DatabaseSettings.parse(freshPostgresUrl());
    }

    /** A new empty database on the embedded server, as a {@code DATABASE_URL}. */
    public static String freshPostgresUrl() {
        var server = server();
        var name = "test_" + COUNTER.incrementAndGet();
        try (var connection = server.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return "postgres://postgres@127.0.0.1:" + server.getPort() + "/" + name;
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            synchronized (TestDatabases.class) {
                if (postgres == null) {
                    try {
                        var started = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                            try {
                                started.close();
                            } catch (IOException ignored) {
                                // the JVM is exiting; the data folder is temporary anyway
                            }
                        }));
                        postgres = started;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
                    }
                }
            }
        }
        return postgres;
    }
}
