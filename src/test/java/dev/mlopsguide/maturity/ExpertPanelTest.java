package dev.mlopsguide.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.maturity.content.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Realistic teams described from the source table and published maturity models (src/test/resources/panel), each
 * answered as a person would, by reading the option labels, with the level and target an expert gives it and why.
 * The questionnaire and the target rules must agree with every one.
 */
class ExpertPanelTest {

    @TempDir
    Path temp;

    private final MaturityContent content = TestContent.bundled();
    private final Assessor assessor = new Assessor(content);

    /** One panel team as assessed, beside what the expert said. */
    private record Verdict(String team, int expertLevel, int level, int expertTarget, int target) {
        boolean agrees() {
            return expertLevel == level && expertTarget == target;
        }
    }

    @Test
    void everyPanelTeamGetsTheLevelAndTargetTheExpertGives() throws IOException {
        var verdicts = new ArrayList<Verdict>();
        try (Stream<Path> files = Files.list(TestContent.resource("panel"))) {
            for (var file : files.sorted().toList()) {
                verdicts.add(assess(file));
            }
        }

        System.out.println("team | expert level | level | expert target | target");
        verdicts.forEach(v -> System.out.printf("%s | %d | %d | %d | %d%n", v.team(), v.expertLevel(), v.level(),
                v.expertTarget(), v.target()));
        assertThat(verdicts).hasSizeGreaterThanOrEqualTo(15);
        assertThat(verdicts.stream().map(Verdict::expertLevel).distinct()).as("every level is on the panel").hasSize(5);
        assertThat(verdicts).allSatisfy(v -> assertThat(v.agrees()).as(v.toString()).isTrue());
    }

    @SuppressWarnings("unchecked")
    private Verdict assess(Path file) throws IOException {
        Map<String, Object> team = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        var name = file.getFileName().toString().replace(".yml", "");
        var expert = (Map<String, Object>) team.get("expert");
        assertThat((String) expert.get("why")).as(name + " says why").isNotBlank();
        var answers = byLabel(name, (Map<String, Object>) team.get("answers"));
        assertThat(content.questionnaire().applicable(answers)).as(name + " answers every question that applies")
                .allSatisfy(q -> assertThat(answers.optionOf(q.id())).as(q.id()).isPresent());
        var result = assessor.assess(answers, Optional.of(profile(name, (Map<String, Object>) team.get("profile"))));
        return new Verdict(name, (Integer) expert.get("level"), result.score().level(), (Integer) expert.get("target"),
                result.target().orElseThrow().level());
    }

    /** The answers a person chose by their labels, as option ids; a label the questionnaire lacks fails the test. */
    private Answers byLabel(String team, Map<String, Object> labels) {
        var ids = new LinkedHashMap<String, String>();
        labels.forEach((questionId, label) -> {
            var question = content.questionnaire().question(questionId)
                    .orElseThrow(() -> new AssertionError(team + ": no question " + questionId));
            var option = question.options().stream().filter(o -> o.label().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError(team + ": question " + questionId + " has no option '"
                            + label + "'"));
            ids.put(questionId, option.id());
        });
        return new Answers(ids);
    }

    /** The profile, read as the command line reads a profile file. */
    private TeamProfile profile(String team, Map<String, Object> fields) throws IOException {
        var file = temp.resolve(team + "-profile.yml");
        Files.writeString(file, new Yaml().dump(fields));
        return InputFiles.readProfile(file);
    }
}
