package dev.mlopsguide.maturity.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path temp;

    private final dev.mlopsguide.maturity.Questionnaire questionnaire = TestContent.bundled().questionnaire();

    @Test
    void answersCanBeJson() throws IOException {
        var file = write("answers.json", "{\"serving\": \"online\", \"rollback\": \"fast\"}");

        var answers = InputFiles.readAnswers(file, questionnaire);

        assertThat(answers.byQuestion()).containsOnly(
                java.util.Map.entry("serving", "online"), java.util.Map.entry("rollback", "fast"));
    }

    @Test
    void unknownQuestionsAndOptionsAreEachReportedWithTheirLine() throws IOException {
        var file = write("answers.yml", "serving: batch\ncomputer: laptop\nlineage: maybe\n");

        assertThatThrownBy(() -> InputFiles.readAnswers(file, questionnaire))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .extracting(ContentProblem::toString).containsExactly(
                                file + ":2: unknown question 'computer'; run 'mlops-guide questions --json' to list the question ids",
                                file + ":3: question 'lineage' has no option 'maybe'; use one of: no, with-digging, recorded"));
    }

    @Test
    void aProfileIsReadWithItsOptionalFields() throws IOException {
        var profile = InputFiles.readProfile(TestContent.resource("profile-online-critical.yml"));

        assertThat(profile.stage()).isEqualTo(Stage.BUSINESS_CRITICAL);
        assertThat(profile.modelsInProduction()).isEqualTo(4);
        assertThat(profile.retraining()).isEqualTo(RetrainingCadence.MONTHLY);
        assertThat(profile.serving()).isEqualTo(ServingMode.ONLINE);
        assertThat(profile.availability()).isEqualTo(99.9);
        assertThat(profile.regulation()).isEqualTo(Regulation.STRICT);

        var minimal = InputFiles.readProfile(write("p.yml",
                "stage: production\nmodels_in_production: 1\nretraining: rarely\nserving: batch\n"));
        assertThat(minimal.availability()).isNull();
        assertThat(minimal.regulation()).isEqualTo(Regulation.NONE);
        var light = InputFiles.readProfile(write("light.yml", "stage: production\nmodels_in_production: 0\n"
                + "retraining: on-metrics\nserving: none\nregulation: light\n"));
        assertThat(light.regulation()).isEqualTo(Regulation.LIGHT);
        assertThat(light.serving()).isEqualTo(ServingMode.NONE);
        assertThat(light.retraining()).isEqualTo(RetrainingCadence.ON_METRICS);
    }

    @Test
    void aProfileWrittenBeforeRegulationHadThreeDegreesIsStillRead() throws IOException {
        var old = InputFiles.readProfile(write("old.yml",
                "stage: production\nmodels_in_production: 1\nretraining: rarely\nserving: batch\nregulated: true\n"));

        assertThat(old.regulation()).isEqualTo(Regulation.STRICT);
    }

    @Test
    void anInvalidProfileValueNamesTheValuesThatAreAccepted() throws IOException {
        var file = write("p.yml", "stage: prod\nmodels_in_production: 2\nretraining: rarely\nserving: batch\navailability: 120\n");

        assertThatThrownBy(() -> InputFiles.readProfile(file))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .extracting(ContentProblem::toString).containsExactly(
                                file + ":1: 'prod' is not a valid stage; use one of: proof-of-concept, production, business-critical",
                                file + ":5: availability must be a percentage such as 99.9, not '120'"));
    }

    @Test
    void aMissingFileIsOneClearProblem() {
        var missing = temp.resolve("nope.yml");

        assertThatThrownBy(() -> InputFiles.readAnswers(missing, questionnaire))
                .hasMessage(missing + ": file not found; create it or check the path");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }
}
