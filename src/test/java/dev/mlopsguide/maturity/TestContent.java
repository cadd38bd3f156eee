package dev.mlopsguide.maturity;

import dev.mlopsguide.maturity.content.ContentLoader;
import dev.mlopsguide.maturity.content.ContentLocation;
import dev.mlopsguide.maturity.content.InputFiles;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The bundled content, loaded once, and the realistic teams under src/test/resources/teams. */
public final class TestContent {

    private static final MaturityContent BUNDLED = ContentLoader.load(ContentLocation.bundled());

    private TestContent() {
    }

    public static MaturityContent bundled() {
        return BUNDLED;
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestContent.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    public static Answers team(String file) {
        return InputFiles.readAnswers(resource("teams/" + file), BUNDLED.questionnaire());
    }

    public static TeamProfile profile(Stage stage, int models, RetrainingCadence retraining, ServingMode serving,
                                      Double availability, Regulation regulation) {
        return new TeamProfile(stage, models, retraining, serving, availability, regulation);
    }
}
