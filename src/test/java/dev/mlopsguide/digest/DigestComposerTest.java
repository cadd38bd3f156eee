package dev.mlopsguide.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.util.json.GsonFactory;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.history.AssessmentRecord;
import dev.mlopsguide.history.Change;
import dev.mlopsguide.history.TeamHistory;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.report.DigestReport;
import dev.mlopsguide.slack.blocks.DigestBlocks;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every variant of the digest, from a fixed history and a fixed week. */
class DigestComposerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DigestWeek W48 = DigestWeek.parse("2026-W48", PARIS);
    private final Assessor assessor = new Assessor(TestContent.bundled());
    private final DigestComposer composer = new DigestComposer(assessor);

    @Test
    void anIsoWeekStartsOnMondayInTheZone() {
        assertThat(W48.start()).isEqualTo(LocalDate.of(2026, 11, 23).atStartOfDay(PARIS).toInstant());
        assertThat(W48.end()).isEqualTo(LocalDate.of(2026, 11, 30).atStartOfDay(PARIS).toInstant());
        assertThat(W48.previous().id()).isEqualTo("2026-W47");
        assertThat(DigestWeek.parse("2027-W01", PARIS).start()).isEqualTo(LocalDate.of(2027, 1, 4).atStartOfDay(PARIS).toInstant());
        assertThatThrownBy(() -> DigestWeek.parse("2026-48", PARIS)).hasMessageContaining("write it like 2026-W48");
        assertThatThrownBy(() -> DigestWeek.parse("2026-W60", PARIS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMondayDigestCoversTheWeekBefore() {
        var monday = LocalDate.of(2026, 11, 30).atTime(9, 0).atZone(PARIS).toInstant();

        var week = DigestWeek.endingAt(monday, PARIS);

        assertThat(week.id()).isEqualTo("2026-W48");
        assertThat(week.end()).isEqualTo(W48.end());
    }

    @Test
    void aTeamNeverAssessedIsNudged() {
        var digest = composer.compose("#ml", new TeamHistory(List.of()), Optional.empty(), W48);

        assertThat(digest.kind()).isEqualTo(Digest.Kind.NEVER_ASSESSED);
        assertThat(digest.current()).isEmpty();
        assertThat(DigestReport.text(digest, Map.of())).contains("Nobody has assessed this team yet");
        assertThat(json(digest)).contains("Assess now");
    }

    @Test
    void aTeamFirstAssessedAfterTheWeekIsNotToldItWasNeverAssessed() {
        // Written on the Monday after week 48, a few hours after the team's first assessment that morning.
        var digest = composer.compose("#ml", history(record(1, "level-1-devops-no-mlops.yml", day(30), "U1")), Optional.empty(),
                DigestWeek.endingAt(day(30).plusSeconds(3_600), PARIS));

        assertThat(digest.week().id()).isEqualTo("2026-W48");
        assertThat(digest.kind()).isEqualTo(Digest.Kind.FIRST_AFTER_THE_WEEK);
        assertThat(digest.charted()).isFalse();
        assertThat(DigestReport.text(digest, Map.of())).contains("first assessed after this week")
                .contains("the digest of the week it was assessed in shows its level").doesNotContain("Nobody has assessed").doesNotContain("no assessment yet");
        assertThat(json(digest)).doesNotContain("Assess now").doesNotContain("```");
    }

    @Test
    void theFirstWeekSaysThereIsNothingToCompareYet() {
        var history = history(record(1, "level-1-devops-no-mlops.yml", day(25), "U1"));

        var digest = composer.compose("#ml", history, Optional.empty(), W48);

        assertThat(digest.kind()).isEqualTo(Digest.Kind.FIRST_WEEK);
        assertThat(digest.overall().direction()).isEqualTo(Change.Direction.NEW);
        assertThat(digest.assessedThisWeek()).hasSize(1);
        assertThat(DigestReport.text(digest, Map.of("U1", "alice")))
                .contains("The first assessment of this team happened this week")
                .contains("Assessed this week: alice (alone, in the form, level 1).");
    }

    @Test
    void theFirstWeeksChartDrawsItsPointsAndSaysWhatItShows() throws Exception {
        var digest = composer.compose("#ml", history(record(1, "level-1-devops-no-mlops.yml", day(25), "U1")),
                Optional.empty(), W48);
        var lastWeek = digest.weeks().get(digest.weeks().size() - 1);

        var image = ImageIO.read(new ByteArrayInputStream(DigestChart.png(digest)));

        // Inside the plot (away from the title, the axes and the legend), only a drawn point is in colour.
        int coloured = 0;
        for (int x = image.getWidth() / 10; x < image.getWidth() * 95 / 100; x++) {
            for (int y = image.getHeight() / 8; y < image.getHeight() * 3 / 4; y++) {
                var pixel = new Color(image.getRGB(x, y));
                int spread = Math.max(pixel.getRed(), Math.max(pixel.getGreen(), pixel.getBlue()))
                        - Math.min(pixel.getRed(), Math.min(pixel.getGreen(), pixel.getBlue()));
                coloured += spread > 60 ? 1 : 0;
            }
        }
        assertThat(coloured).as("coloured pixels of the points of a single week").isGreaterThan(20);
        assertThat(DigestChart.description(digest)).startsWith("Chart of the MLOps maturity of #ml by area over "
                + digest.weeks().size() + " weeks").contains("the level is " + lastWeek.level());
    }

    @Test
    void aWeekWithoutAssessmentShowsTheStandingLevelAndNudges() {
        var history = history(record(1, "level-2-automated-training.yml", day(10), "U1"));

        var digest = composer.compose("#ml", history, Optional.empty(), W48);

        assertThat(digest.kind()).isEqualTo(Digest.Kind.NO_ASSESSMENT_THIS_WEEK);
        assertThat(digest.current()).get().extracting(r -> r.score().level()).isEqualTo(2);
        assertThat(digest.overall().direction()).isEqualTo(Change.Direction.SAME);
        assertThat(json(digest)).contains("No assessment this week").contains("Assess now");
    }

    @Test
    void aRegularWeekShowsTheChangeOverallAndPerAreaWhoAssessedAndWhatStoppedHoldingTheTeamBack() {
        var history = history(
                record(1, "level-1-devops-no-mlops.yml", day(10), "U1"),
                record(2, "level-3-automated-deployment.yml", day(24), "U2"),
                record(3, "level-2-automated-training.yml", day(26), "U3"));

        var digest = composer.compose("#ml", history, Optional.empty(), W48);

        assertThat(digest.kind()).isEqualTo(Digest.Kind.REGULAR);
        assertThat(digest.overall()).isEqualTo(new Change(OptionalInt.of(1), OptionalInt.of(2)));
        assertThat(digest.areas()).extracting(a -> a.areaId()).startsWith("team");
        assertThat(digest.areas()).filteredOn(a -> a.areaId().equals("monitoring")).singleElement()
                .satisfies(a -> assertThat(a.change().direction()).isEqualTo(Change.Direction.SAME));
        assertThat(digest.areas()).filteredOn(a -> a.areaId().equals("data")).singleElement()
                .satisfies(a -> assertThat(a.change().delta()).isEqualTo(1));
        assertThat(digest.assessedThisWeek()).extracting(AssessmentRecord::takenBy).containsExactly("U2", "U3");
        assertThat(digest.bindingChanges()).anySatisfy(c -> assertThat(c).startsWith("No longer holding the team back:"));
        var text = DigestReport.text(digest, Map.of());
        assertThat(text).contains("Since last week: 1 → 2 ▲ 1").contains("▲ Data and experiments").contains("Next steps:");
    }

    @Test
    void theChartCoversTheLastEightWeeks() {
        var history = history(record(1, "level-1-devops-no-mlops.yml", day(10), "U1"),
                record(2, "level-2-automated-training.yml", day(24), "U2"));

        var digest = composer.compose("#ml", history, Optional.empty(), W48);

        assertThat(digest.weeks()).hasSize(DigestComposer.CHART_WEEKS);
        assertThat(digest.weeks().get(7).week()).isEqualTo("2026-W48");
        assertThat(digest.weeks().get(7).level()).isEqualTo(2);
        assertThat(digest.weeks().get(6).level()).isEqualTo(1);
        assertThat(digest.weeks().get(0).level()).isNull();
        var png = DigestChart.png(digest);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(5_000);
        assertThat(DigestChart.text(digest)).contains("W48").contains("Overall");
    }

    private static Instant day(int dayOfNovember) {
        return LocalDate.of(2026, 11, dayOfNovember).atTime(14, 0).atZone(PARIS).toInstant();
    }

    private AssessmentRecord record(long id, String team, Instant at, String by) {
        var answers = TestContent.team(team);
        var result = assessor.assess(answers, Optional.empty());
        var areas = new HashMap<String, Integer>();
        result.score().areas().forEach(a -> a.level().ifPresent(l -> areas.put(a.area().id(), l)));
        return new AssessmentRecord(id, 1, "v", by, AssessmentMode.MODAL, at, result.score().level(), areas,
                result.score().answered(), result.score().total(), OptionalInt.empty(), answers);
    }

    private static TeamHistory history(AssessmentRecord... records) {
        return new TeamHistory(new ArrayList<>(List.of(records)));
    }

    private static String json(Digest digest) {
        return GsonFactory.createSnakeCase().toJson(DigestBlocks.digest(digest, "C1", true));
    }
}
