package dev.mlopsguide.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Runs database work on a connection from the pool: {@link #transaction} commits all of it or nothing,
 * {@link #read} runs without a transaction. SQL failures become unchecked exceptions that say what failed. Once the
 * database could not be reached, work fails at once for {@link #PAUSE_WHEN_DOWN} instead of each waiting out the
 * pool's timeout, so that a request can still answer Slack in time.
 */
public final class Jdbc {

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Sql sql) throws SQLException;
    }

    static final String UNIQUE_VIOLATION = "23505";
    static final Duration PAUSE_WHEN_DOWN = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private volatile boolean down;
    private volatile long tryAgainAtNanos;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T transaction(String what, Work<T> work) {
        try (var connection = connection(what)) {
            connection.setAutoCommit(false);
            var sql = new Sql(connection);
            try {
                var result = work.run(sql);
                connection.commit();
                sql.committed();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    public <T> T read(String what, Work<T> work) {
        try (var connection = connection(what)) {
            var sql = new Sql(connection);
            var result = work.run(sql);
            sql.committed();
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private Connection connection(String what) throws SQLException {
        if (down && System.nanoTime() - tryAgainAtNanos < 0) {
            throw new DatabaseUnavailableException("the database was unreachable moments ago, so I did not try to "
                    + what, null);
        }
        try {
            var connection = dataSource.getConnection();
            down = false;
            return connection;
        } catch (SQLException e) {
            if (e instanceof SQLTransientConnectionException || isConnectionFailure(e)) {
                tryAgainAtNanos = System.nanoTime() + PAUSE_WHEN_DOWN.toNanos();
                down = true;
            }
            throw e;
        }
    }

    /** Whether the failure is a unique-key violation, the same SQL state on H2 and PostgreSQL. */
    static boolean isUniqueViolation(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            // The connection is likely gone; the database discards the open transaction itself.
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static RuntimeException failure(String what, SQLException e) {
        if (e instanceof SQLTransientConnectionException || isConnectionFailure(e)) {
            return new DatabaseUnavailableException("the database is unreachable while trying to " + what
                    + ": " + e.getMessage(), e);
        }
        return new StoreException("could not " + what + ": " + e.getMessage(), e);
    }

    /**
     * SQL state class 08 is "connection exception" on every engine; PostgreSQL's 57P01-57P03 (shut down by its
     * operator, crashed, not accepting connections yet) mean the same for the app: the database is not there.
     */
    private static boolean isConnectionFailure(SQLException e) {
        var state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
