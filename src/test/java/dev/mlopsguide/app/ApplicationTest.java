package dev.mlopsguide.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.knowledge.TestKnowledge;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TestClock;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root: one clock for every part it builds, and the knowledge loaded only when it is needed. */
@Tag(TestClock.TAG)
class ApplicationTest {

    @TempDir
    Path temp;

    @Test
    void everyPartItBuildsDatesWithItsOneClock() {
        var clock = TestClock.atStory("2026-11-25T12:00:00Z");
        try (var application = Application.open(Map.of(DatabaseSettings.DATA_DIR, temp.toString()), clock,
                TestContent.bundled(), TestKnowledge::bundled)) {
            var team = application.teams().channel("T1", "C1", "ml-platform");
            application.teamAssessor().assess(team, TestContent.team("level-2-automated-training.yml"), Optional.empty(),
                    "U1", AssessmentMode.MODAL, Map.of());

            var latest = application.results().latest(team).orElseThrow();
            assertThat(latest.record().takenAt()).isEqualTo(clock.instant());
            assertThat(application.digests().soFar(team, ZoneOffset.UTC).week().end()).isEqualTo(clock.instant());
        }
    }

    @Test
    void theKnowledgeIsLoadedOnceAndOnlyWhenSomethingAnswersQuestions() throws Exception {
        var asked = new AtomicInteger();
        var clock = TestClock.running();
        try (var application = new Application(clock, TestContent.bundled(), Store.open(DatabaseSettings.h2(temp), clock),
                () -> {
                    asked.incrementAndGet();
                    return TestKnowledge.answerer();
                })) {
            application.teams().local("local");
            assertThat(asked).hasValue(0);

            try (var slack = FakeSlack.start(0); var service = application.serve(new SlackSettings("secret", "xoxb-test",
                    Optional.empty(), slack.apiUrl(), "127.0.0.1", 0))) {
                assertThat(service.port()).isPositive();
            }
            assertThat(asked).hasValue(1);
        }
    }
}
