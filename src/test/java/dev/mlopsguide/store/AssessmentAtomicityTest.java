package dev.mlopsguide.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.TestContent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A write interrupted midway, by the connection dying inside the transaction, leaves no half-written assessment. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"h2", "postgresql"})
class AssessmentAtomicityTest {

    @Parameter
    String engine;

    @TempDir
    Path temp;

    private Database database;
    private Store store;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh(engine, temp));
        store = new Store(database, Clock.systemUTC(), Store.CACHE_TTL, System::nanoTime);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest(name = "connection lost at statement {0}")
    @ValueSource(ints = {2, 3})
    void aConnectionLostInsideTheTransactionLeavesNothingBehind(int fatalStatement) {
        var questionnaire = TestContent.bundled().questionnaire();
        var team = store.teams().ensure(TeamKey.local("ml"), "ml");
        store.questionnaireVersions().ensure(questionnaire);
        var answers = TestContent.team("level-2-automated-training.yml");
        var assessment = new NewAssessment(team.id(), "alice", AssessmentMode.CLI, answers, Map.of(),
                new Assessor(TestContent.bundled()).assess(answers, Optional.empty()));
        var dying = new Assessments(new Jdbc(dyingAt((HikariDataSource) database.dataSource(), fatalStatement)), Clock.systemUTC(),
                store.questionnaireVersions(), store.followUps(), Store.CACHE_TTL, System::nanoTime);

        assertThatThrownBy(() -> dying.save(assessment, questionnaire)).isInstanceOf(RuntimeException.class);

        assertThat(rows("assessment") + rows("assessment_answer") + rows("assessment_area")).isZero();
        // The pool recovers: the same write on a healthy connection succeeds whole.
        long id = store.assessments().save(assessment, questionnaire);
        assertThat(store.assessments().byId(id)).get().extracting(r -> r.answers()).isEqualTo(answers);
        assertThat(rows("assessment_answer")).isEqualTo(answers.size());
    }

    private int rows(String table) {
        return database.jdbc().read("count", sql -> sql.one("SELECT COUNT(*) FROM " + table, rs -> rs.getInt(1))).orElseThrow();
    }

    /** Connections whose physical link is closed when the {@code fatal}-th statement is prepared, as a crash would. */
    private static DataSource dyingAt(HikariDataSource pool, int fatal) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    var result = invoke(pool, method, args);
                    return result instanceof Connection connection ? dying(pool, connection, fatal) : result;
                });
    }

    private static Connection dying(HikariDataSource pool, Connection connection, int fatal) {
        var prepared = new AtomicInteger();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && prepared.incrementAndGet() == fatal) {
                        connection.unwrap(Connection.class).close();
                        pool.evictConnection(connection);   // as the pool does when it sees the link break
                        throw new SQLException("connection reset by peer", "08006");
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
