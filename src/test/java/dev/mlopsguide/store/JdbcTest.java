package dev.mlopsguide.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is not waited for again at every step of a request. */
class JdbcTest {

    @Test
    void onceTheDatabaseIsUnreachableWorkFailsAtOnceForAWhile() throws Exception {
        var dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenThrow(new SQLTransientConnectionException("timed out after 1500 ms"));
        var jdbc = new Jdbc(dataSource);

        assertThatThrownBy(() -> jdbc.read("find a team", sql -> 1)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("unreachable while trying to find a team");
        assertThatThrownBy(() -> jdbc.transaction("save a profile", sql -> 1))
                .isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("moments ago");

        verify(dataSource, times(1)).getConnection();
    }

    @Test
    void aDatabaseThatAnswersIsAskedEveryTime() throws Exception {
        var dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenReturn(mock(Connection.class));
        var jdbc = new Jdbc(dataSource);

        assertThat(jdbc.<Integer>read("count", sql -> 1)).isEqualTo(1);
        assertThat(jdbc.<Integer>read("count", sql -> 2)).isEqualTo(2);
        verify(dataSource, times(2)).getConnection();
    }

    @Test
    void aConnectionThePostgresqlServerClosedOnShutdownMeansTheDatabaseIsDown() throws Exception {
        var dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenReturn(mock(Connection.class));
        var jdbc = new Jdbc(dataSource);

        assertThatThrownBy(() -> jdbc.read("keep the work", sql -> {
            throw new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        })).isInstanceOf(DatabaseUnavailableException.class);
    }
}
