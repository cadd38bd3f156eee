package dev.mlopsguide.store;

import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.team.TeamAssessor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A process for {@link CrashDurabilityTest} to kill: records assessments in the H2 database of the folder it is
 * given, without end, and prints the id of each one once its transaction is committed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        var store = Store.open(DatabaseSettings.h2(Path.of(args[0])), Clock.systemUTC());
        var content = TestContent.bundled();
        var assessor = new TeamAssessor(new Assessor(content), store.profiles(), store.assessments());
        var answers = TestContent.team("level-2-automated-training.yml");
        for (int i = 0; ; i++) {
            var team = store.teams().ensure(TeamKey.local("team-" + i % 7), "team-" + i % 7);
            var recorded = assessor.assess(team, answers, Optional.empty(), "U" + i, AssessmentMode.CLI, Map.of());
            System.out.println(recorded.assessmentId());
            System.out.flush();
        }
    }
}
