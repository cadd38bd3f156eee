package dev.mlopsguide.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TestContent;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HeatMapTest {

    @Test
    void eachCellIsColouredByItsLevelAndTheTextSaysWhoIsBelowTarget() throws Exception {
        var content = TestContent.bundled();
        var assessor = new Assessor(content);
        var online = TestContent.profile(Stage.PRODUCTION, 8, RetrainingCadence.WEEKLY, ServingMode.ONLINE, 99.9,
                Regulation.NONE);
        var rollUp = OrgRollUp.of(content, List.of(
                new OrgRollUp.TeamStanding("#fraud", assessor.assess(TestContent.team("level-0-notebook-poc.yml"),
                        Optional.of(online)), Instant.EPOCH, OptionalInt.empty()),
                new OrgRollUp.TeamStanding("#search", assessor.assess(TestContent.team("level-4-full-automation.yml"),
                        Optional.empty()), Instant.EPOCH, OptionalInt.empty())));
        var areas = content.questionnaire().areas();

        var image = ImageIO.read(new ByteArrayInputStream(HeatMap.png(rollUp, areas)));

        // The first row is the team furthest below its target; a cell's colour is its level's, read inside the cell.
        var fraud = rollUp.rows().get(0);
        assertThat(fraud.team()).isEqualTo("#fraud");
        var firstArea = fraud.areaLevels().get(areas.get(0).id());
        assertThat(image.getRGB(200 + 60, 64 + 5)).isEqualTo(HeatMap.colour(firstArea).getRGB());
        var search = rollUp.rows().get(1);
        assertThat(image.getRGB(200 + 60, 64 + 28 + 5)).isEqualTo(HeatMap.colour(search.areaLevels().get(areas.get(0).id()))
                .getRGB());
        assertThat(HeatMap.description(rollUp)).startsWith("Heat map of the MLOps maturity level of 2 teams by area. "
                + "1 below their target: #fraud at level 0 of ").contains("Weakest area:");
    }
}
