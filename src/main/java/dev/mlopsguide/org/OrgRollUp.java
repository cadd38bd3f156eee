package dev.mlopsguide.org;

import dev.mlopsguide.maturity.Area;
import dev.mlopsguide.maturity.AreaScore;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.NextStep;
import dev.mlopsguide.maturity.Question;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Every assessed team of an organisation at a glance, for the platform team deciding where to invest: each team's
 * level, target, gap, level per area, when it was last assessed and how it moved; the teams below their target; the
 * practices that hold most teams back (with the next step that lifts each and how many teams it would lift); and the
 * areas where the organisation is weakest.
 */
public record OrgRollUp(List<Row> rows, List<SharedBlocker> blockers, List<AreaStanding> areas) {

    /**
     * A team as it stands: its latest complete result, when it was taken, the level of the one before, and how many
     * of the next steps it adopted are open, and overdue.
     */
    public record TeamStanding(String team, AssessmentResult latest, Instant assessedAt, OptionalInt previousLevel,
                               int openSteps, int overdueSteps) {
        public TeamStanding(String team, AssessmentResult latest, Instant assessedAt, OptionalInt previousLevel) {
            this(team, latest, assessedAt, previousLevel, 0, 0);
        }
    }

    /** One team's line. */
    public record Row(String team, int level, OptionalInt target, Map<String, OptionalInt> areaLevels,
                      Instant assessedAt, OptionalInt change, int openSteps, int overdueSteps) {
        /** How many levels the team is below its target (0 at or above it, or without a target). */
        public int gap() {
            return target.isPresent() ? Math.max(0, target.getAsInt() - level) : 0;
        }
    }

    /**
     * A practice (a question's answer) that holds {@code teams} at their level, and the next steps that lift it: when
     * the platform provides it, each of these teams moves up.
     */
    public record SharedBlocker(Question question, List<String> teams, List<NextStep> steps) {
    }

    /** An area: its mean level across the teams that answered it, and the lowest. */
    public record AreaStanding(Area area, OptionalDouble mean, OptionalInt lowest) {
    }

    public static OrgRollUp of(MaturityContent content, List<TeamStanding> standings) {
        var areas = content.questionnaire().areas();
        var rows = standings.stream().map(s -> row(s, areas))
                .sorted(Comparator.comparingInt(Row::gap).reversed().thenComparingInt(Row::level).thenComparing(Row::team))
                .toList();
        return new OrgRollUp(rows, blockers(content, standings), areas.stream().map(area -> standing(area, rows)).toList());
    }

    /** The teams below their target, the furthest first. */
    public List<Row> belowTarget() {
        return rows.stream().filter(r -> r.gap() > 0).toList();
    }

    private static Row row(TeamStanding standing, List<Area> areas) {
        var result = standing.latest();
        var levels = new LinkedHashMap<String, OptionalInt>();
        areas.forEach(area -> levels.put(area.id(), result.score().areas().stream()
                .filter(a -> a.area().id().equals(area.id())).findFirst().map(AreaScore::level).orElse(OptionalInt.empty())));
        var change = standing.previousLevel().isPresent()
                ? OptionalInt.of(result.score().level() - standing.previousLevel().getAsInt()) : OptionalInt.empty();
        return new Row(standing.team(), result.score().level(),
                result.target().map(t -> OptionalInt.of(t.level())).orElse(OptionalInt.empty()), levels,
                standing.assessedAt(), change, standing.openSteps(), standing.overdueSteps());
    }

    /** The binding practices shared by most teams, the most shared first. */
    private static List<SharedBlocker> blockers(MaturityContent content, List<TeamStanding> standings) {
        var byQuestion = new LinkedHashMap<String, List<String>>();
        var questions = new LinkedHashMap<String, Question>();
        var steps = new LinkedHashMap<String, List<NextStep>>();
        for (var standing : standings) {
            for (var binding : standing.latest().score().binding()) {
                var id = binding.question().id();
                questions.putIfAbsent(id, binding.question());
                byQuestion.computeIfAbsent(id, k -> new ArrayList<>()).add(standing.team());
                var lifting = steps.computeIfAbsent(id, k -> new ArrayList<>());
                binding.option().nextSteps().stream().map(step -> content.nextSteps().get(step))
                        .filter(step -> step != null && !lifting.contains(step)).forEach(lifting::add);
            }
        }
        return byQuestion.entrySet().stream()
                .map(e -> new SharedBlocker(questions.get(e.getKey()), List.copyOf(e.getValue()), steps.get(e.getKey())))
                .sorted(Comparator.comparingInt((SharedBlocker b) -> b.teams().size()).reversed()
                        .thenComparing(b -> b.question().id()))
                .toList();
    }

    private static AreaStanding standing(Area area, List<Row> rows) {
        var levels = rows.stream().map(r -> r.areaLevels().get(area.id())).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).toArray();
        return new AreaStanding(area, Arrays.stream(levels).average(), Arrays.stream(levels).min());
    }
}
