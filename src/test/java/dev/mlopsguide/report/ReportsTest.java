package dev.mlopsguide.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.digest.DigestComposer;
import dev.mlopsguide.digest.DigestWeek;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.maturity.TestContent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Results, histories and digests as text, Markdown and JSON for the terminal and for scripts. */
class ReportsTest {

    private static final TeamProfile PROFILE =
            new TeamProfile(Stage.PRODUCTION, 3, RetrainingCadence.MONTHLY, ServingMode.ONLINE, 99.9, Regulation.NONE);
    private final Assessor assessor = new Assessor(TestContent.bundled());
    private final AssessmentRecord record = record(Instant.parse("2026-11-24T10:15:00Z"));

    @Test
    void aResultSaysItsLevelWhyTargetAndNextSteps() {
        var result = assessor.assess(TestContent.team("level-2-automated-training.yml"), Optional.of(PROFILE));

        var text = new ResultReport(TestContent.bundled(), Markup.TEXT).render(result);
        var markdown = new ResultReport(TestContent.bundled(), Markup.MARKDOWN).render(result);

        assertThat(text).contains("MLOps maturity: level 2 · Automated Training").contains("Areas")
                .contains("Target: level");
        assertThat(markdown).contains("## MLOps maturity: level 2");
        assertThat(Json.write(ResultJson.of(result, TestContent.bundled()))).contains("\"level\" : 2");
    }

    @Test
    void aHistoryListsTheAssessmentsAndTheChangeInTheGivenZone() {
        var history = new TeamHistory(List.of(record));

        var text = new HistoryReport(TestContent.bundled().questionnaire(), ZoneOffset.ofHours(1))
                .render("platform", history, record.takenAt(), record.takenAt(), Map.of(record.takenBy(), "Alice Martin"));

        assertThat(text).contains("Team 'platform' · 1 assessment").contains("2026-11-24 11:15").contains("level 2")
                .contains("Alice Martin (in the terminal)").contains("Times in +01:00.")
                .contains("One assessment in this period: the change shows from the next one.")
                .doesNotContain(" " + record.takenBy() + " (");
        assertThat(Json.write(HistoryJson.of("platform", history, record.takenAt(), record.takenAt(),
                TestContent.bundled().questionnaire()))).contains("\"team\" : \"platform\"");
    }

    @Test
    void aDigestHasAHeadlineForNotificationsAndATextChart() {
        var week = DigestWeek.parse("2026-W48", ZoneOffset.UTC);
        var digest = new DigestComposer(assessor).compose("#ml-platform", new TeamHistory(List.of(record)),
                Optional.of(PROFILE), week);

        assertThat(DigestReport.headline(digest)).startsWith("MLOps digest of #ml-platform, week 2026-W48: level 2");
        assertThat(DigestReport.text(digest, Map.of())).contains(DigestReport.headline(digest));
        assertThat(Json.write(DigestJson.of(digest))).contains("2026-W48");
    }

    private AssessmentRecord record(Instant at) {
        var answers = TestContent.team("level-2-automated-training.yml");
        var result = assessor.assess(answers, Optional.of(PROFILE));
        var areas = new HashMap<String, Integer>();
        result.score().areas().forEach(a -> a.level().ifPresent(l -> areas.put(a.area().id(), l)));
        return new AssessmentRecord(1, 1, result.questionnaireVersion(), "alice", AssessmentMode.CLI, at,
                result.score().level(), areas, result.score().answered(), result.score().total(), OptionalInt.of(2), answers);
    }
}
