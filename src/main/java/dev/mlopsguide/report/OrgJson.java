package dev.mlopsguide.report;

import dev.mlopsguide.maturity.NextStep;
import dev.mlopsguide.org.OrgRollUp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organisation's roll-up for scripts: teams, shared blockers and areas, levels as numbers (null when unknown). */
public record OrgJson(List<TeamJson> teams, List<BlockerJson> blockers, List<AreaJson> areas) {

    public record TeamJson(String team, int level, Integer target, int gap, Map<String, Integer> areas,
                           String lastAssessed, Integer change, int openSteps, int overdueSteps) {
    }

    public record BlockerJson(String questionId, String question, List<String> teams, List<String> steps) {
    }

    public record AreaJson(String id, String name, Double mean, Integer lowest) {
    }

    public static OrgJson of(OrgRollUp rollUp) {
        var teams = rollUp.rows().stream().map(row -> {
            var areas = new LinkedHashMap<String, Integer>();
            row.areaLevels().forEach((id, level) -> areas.put(id, level.isPresent() ? level.getAsInt() : null));
            return new TeamJson(row.team(), row.level(), row.target().isPresent() ? row.target().getAsInt() : null,
                    row.gap(), areas, row.assessedAt().toString(), row.change().isPresent() ? row.change().getAsInt() : null,
                    row.openSteps(), row.overdueSteps());
        }).toList();
        var blockers = rollUp.blockers().stream().map(b -> new BlockerJson(b.question().id(), b.question().text(),
                b.teams(), b.steps().stream().map(NextStep::title).toList())).toList();
        var areas = rollUp.areas().stream().map(a -> new AreaJson(a.area().id(), a.area().name(),
                a.mean().isPresent() ? a.mean().getAsDouble() : null,
                a.lowest().isPresent() ? a.lowest().getAsInt() : null)).toList();
        return new OrgJson(teams, blockers, areas);
    }
}
