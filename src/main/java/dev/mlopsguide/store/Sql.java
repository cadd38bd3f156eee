package dev.mlopsguide.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Statements on one connection: inside a transaction, or one at a time. Timestamps are stored in UTC. */
public final class Sql {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Consumes the current row of a result set. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final List<Runnable> afterCommit = new ArrayList<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code action} once this work is committed (at once after it, outside a transaction), never if it fails. */
    void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    void committed() {
        afterCommit.forEach(Runnable::run);
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        try (var statement = prepare(sql, params); var rs = statement.executeQuery()) {
            var rows = new ArrayList<T>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        }
    }

    /** Calls {@code row} for every row, for queries that fill a structure of the caller's. */
    public void each(String sql, RowConsumer row, Object... params) throws SQLException {
        try (var statement = prepare(sql, params); var rs = statement.executeQuery()) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) throws SQLException {
        var rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public int update(String sql, Object... params) throws SQLException {
        try (var statement = prepare(sql, params)) {
            return statement.executeUpdate();
        }
    }

    /** Inserts one row and returns its generated {@code id}. */
    public long insert(String sql, Object... params) throws SQLException {
        try (var statement = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, params);
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    /** Runs one statement for each row of parameters, in one batch. */
    public void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(sql)) {
            for (var params : rows) {
                bind(statement, params);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** A text cut to a column's length, {@code max} characters (null stays null). */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Integer integerOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        var statement = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
        try {
            bind(statement, params);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            var value = params[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof Timestamp) {
                throw new IllegalArgumentException("pass an Instant, not a Timestamp");
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
