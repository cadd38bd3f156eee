package dev.mlopsguide.maturity.content;

import dev.mlopsguide.maturity.AnswerOption;
import dev.mlopsguide.maturity.Area;
import dev.mlopsguide.maturity.Condition;
import dev.mlopsguide.maturity.Effort;
import dev.mlopsguide.maturity.Level;
import dev.mlopsguide.maturity.LevelReachability;
import dev.mlopsguide.maturity.LifecycleStep;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.NextStep;
import dev.mlopsguide.maturity.ProfileCondition;
import dev.mlopsguide.maturity.ProfileField;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.maturity.TargetRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Loads and validates the conversations folder. Every mistake is collected with its file, line and a fix, and
 * reported together in one {@link InvalidContentException}.
 */
public final class ContentLoader {

    static final String LEVELS = "levels.yml";
    static final String LIFECYCLE = "lifecycle.yml";
    static final String ASSESSMENT = "assessment.yml";
    static final String TARGETS = "targets.yml";
    static final String NEXT_STEPS = "next-steps.yml";
    /** Slack's limit for the text of an option in radio buttons and menus. */
    static final int MAX_OPTION_LABEL = 75;
    /** Neighbouring answers of a question may cap at most this many levels apart: one answer cannot move a team far. */
    static final int MAX_CAP_JUMP = 2;

    private final ContentLocation location;
    private final ContentProblems problems = new ContentProblems();

    private ContentLoader(ContentLocation location) {
        this.location = location;
    }

    /** @throws InvalidContentException listing every mistake found */
    public static MaturityContent load(ContentLocation location) {
        return new ContentLoader(location).load();
    }

    private MaturityContent load() {
        var lifecycle = readLifecycle();
        var stepIds = ids(lifecycle.stream().map(LifecycleStep::id).toList());
        var nextSteps = readNextSteps(stepIds);
        var levels = readLevels();
        var questionnaire = readAssessment(stepIds, nextSteps.keySet(), levels);
        var targets = readTargets(nextSteps.keySet());
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems.list());
        }
        return new MaturityContent(levels, lifecycle, questionnaire, targets.rules, targets.beyondTarget, nextSteps);
    }

    private Optional<YamlMap> read(String file) {
        return YamlFiles.read(location.resolve(file), location.nameOf(file), problems);
    }

    // --- lifecycle.yml -------------------------------------------------------------------------------------

    private List<LifecycleStep> readLifecycle() {
        var steps = new ArrayList<LifecycleStep>();
        read(LIFECYCLE).ifPresent(root -> {
            root.allowOnly("lifecycle.yml", Set.of("steps"));
            var unique = new UniqueIds(root, "step");
            for (var entry : root.maps("steps")) {
                entry.allowOnly("a step", Set.of("id", "name", "what", "why", "questions", "practices", "tools"));
                var id = entry.string("id", "a step");
                unique.add(id, entry.lineOf("id"));
                steps.add(new LifecycleStep(id, entry.string("name", "step " + id), entry.string("what", "step " + id),
                        entry.string("why", "step " + id), entry.texts("questions"), entry.texts("practices"),
                        entry.texts("tools")));
            }
        });
        return steps;
    }

    // --- next-steps.yml ------------------------------------------------------------------------------------

    private Map<String, NextStep> readNextSteps(Set<String> stepIds) {
        var catalogue = new LinkedHashMap<String, NextStep>();
        read(NEXT_STEPS).ifPresent(root -> {
            root.allowOnly("next-steps.yml", Set.of("steps"));
            var unique = new UniqueIds(root, "next step");
            for (var entry : root.maps("steps")) {
                entry.allowOnly("a next step", Set.of("id", "title", "why", "how", "effort", "step", "tools"));
                var id = entry.string("id", "a next step");
                var what = "next step '" + id + "'";
                unique.add(id, entry.lineOf("id"));
                var effort = entry.optionalString("effort").flatMap(e -> effort(entry, e, what));
                if (entry.node("effort").isEmpty()) {
                    entry.problem(entry.line(), what + " has no 'effort'; add S, M or L");
                }
                var step = entry.string("step", what);
                checkStep(entry, step, stepIds, what);
                catalogue.put(id, new NextStep(id, entry.string("title", what), entry.string("why", what),
                        entry.string("how", what), effort.orElse(Effort.M), entry.texts("tools"), step));
            }
        });
        return catalogue;
    }

    private static Optional<Effort> effort(YamlMap entry, String value, String what) {
        try {
            return Optional.of(Effort.valueOf(value));
        } catch (IllegalArgumentException e) {
            entry.problem(entry.lineOf("effort"), "effort of " + what + " is '" + value + "'; use S, M or L");
            return Optional.empty();
        }
    }

    private void checkStep(YamlMap entry, String step, Set<String> stepIds, String what) {
        if (!step.isEmpty() && !stepIds.isEmpty() && !stepIds.contains(step)) {
            entry.problem(entry.lineOf("step"), what + " names lifecycle step '" + step
                    + "' that lifecycle.yml does not define; use one of: " + String.join(", ", stepIds));
        }
    }

    // --- levels.yml ----------------------------------------------------------------------------------------

    private List<Level> readLevels() {
        var levels = new ArrayList<Level>();
        read(LEVELS).ifPresent(root -> {
            root.allowOnly("levels.yml", Set.of("levels"));
            var seen = new HashMap<Integer, Integer>();
            for (var entry : root.maps("levels")) {
                entry.allowOnly("a level", Set.of("level", "name", "summary", "characteristics", "use_cases"));
                var number = entry.integer("level", "a level");
                if (number.isEmpty()) {
                    continue;
                }
                int n = number.getAsInt();
                if (!Level.isValid(n)) {
                    entry.problem(entry.lineOf("level"), "level " + n + " is outside 0-4; number the levels 0 to 4");
                    continue;
                }
                var first = seen.putIfAbsent(n, entry.lineOf("level"));
                if (first != null) {
                    entry.problem(entry.lineOf("level"), "level " + n + " is defined twice (first on line " + first
                            + "); keep one entry per level");
                    continue;
                }
                var what = "level " + n;
                levels.add(new Level(n, entry.string("name", what), entry.string("summary", what),
                        entry.texts("characteristics"), entry.texts("use_cases")));
            }
            for (int n = Level.LOWEST; n <= Level.HIGHEST; n++) {
                if (!seen.containsKey(n) && root.node("levels").isPresent()) {
                    root.problem(root.lineOf("levels"), "level " + n + " is missing; define all five levels, 0 to 4");
                }
            }
        });
        levels.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return levels;
    }

    // --- assessment.yml ------------------------------------------------------------------------------------

    private Questionnaire readAssessment(Set<String> stepIds, Set<String> nextStepIds, List<Level> levels) {
        var root = read(ASSESSMENT);
        if (root.isEmpty()) {
            return new Questionnaire("", List.of(), List.of());
        }
        var file = root.get();
        file.allowOnly("assessment.yml", Set.of("version", "areas", "questions"));
        var version = file.string("version", "assessment.yml");
        var areas = readAreas(file, stepIds);
        var areaIds = ids(areas.stream().map(Area::id).toList());
        var questions = new ArrayList<Question>();
        var unique = new UniqueIds(file, "question");
        for (var entry : file.maps("questions")) {
            readQuestion(entry, areaIds, nextStepIds, questions).ifPresent(q -> {
                if (unique.add(q.id(), entry.lineOf("id"))) {
                    questions.add(q);
                }
            });
        }
        for (var area : areas) {
            if (questions.stream().noneMatch(q -> q.areaId().equals(area.id()))) {
                file.problem(file.lineOf("areas"), "area '" + area.id() + "' has no questions; add one or remove the area");
            }
        }
        var questionnaire = new Questionnaire(version, areas, questions);
        if (problems.isEmpty() && !levels.isEmpty()) {
            checkEveryLevelReachable(file, questionnaire, levels);
        }
        return questionnaire;
    }

    private List<Area> readAreas(YamlMap file, Set<String> stepIds) {
        var areas = new ArrayList<Area>();
        var unique = new UniqueIds(file, "area");
        for (var entry : file.maps("areas")) {
            entry.allowOnly("an area", Set.of("id", "name", "step", "description"));
            var id = entry.string("id", "an area");
            var what = "area '" + id + "'";
            var step = entry.string("step", what);
            checkStep(entry, step, stepIds, what);
            if (unique.add(id, entry.lineOf("id"))) {
                areas.add(new Area(id, entry.string("name", what), step, entry.optionalString("description").orElse("")));
            }
        }
        return areas;
    }

    private Optional<Question> readQuestion(YamlMap entry, Set<String> areaIds, Set<String> nextStepIds,
                                            List<Question> earlier) {
        entry.allowOnly("a question", Set.of("id", "area", "text", "help", "options", "when"));
        var id = entry.string("id", "a question");
        var what = "question '" + id + "'";
        var area = entry.string("area", what);
        if (!area.isEmpty() && !areaIds.isEmpty() && !areaIds.contains(area)) {
            entry.problem(entry.lineOf("area"), what + " names area '" + area
                    + "' that is not among the areas; use one of: " + String.join(", ", areaIds));
        }
        var options = new ArrayList<AnswerOption>();
        var unique = new UniqueIds(entry, "option of " + what);
        for (var optionEntry : entry.maps("options")) {
            readOption(optionEntry, what, nextStepIds).ifPresent(o -> {
                if (unique.add(o.id(), optionEntry.lineOf("id"))) {
                    options.add(o);
                }
            });
        }
        if (entry.node("options").isPresent() && options.size() < 2) {
            entry.problem(entry.lineOf("options"), what + " needs at least two options");
        }
        for (int i = 1; i < options.size(); i++) {
            int jump = Math.abs(options.get(i).capsAt() - options.get(i - 1).capsAt());
            if (jump > MAX_CAP_JUMP) {
                entry.problem(entry.lineOf("options"), "options '" + options.get(i - 1).id() + "' and '"
                        + options.get(i).id() + "' of " + what + " are " + jump + " levels apart; neighbouring answers "
                        + "may be at most " + MAX_CAP_JUMP + " apart, so add an option between them");
            }
        }
        var condition = entry.map("when").flatMap(when -> readCondition(when, what, earlier));
        return Optional.of(new Question(id, area, entry.string("text", what),
                entry.optionalString("help").orElse(""), options, condition.orElse(null)));
    }

    private Optional<AnswerOption> readOption(YamlMap entry, String question, Set<String> nextStepIds) {
        entry.allowOnly("an option", Set.of("id", "label", "caps_at", "next_steps"));
        var id = entry.string("id", "an option of " + question);
        var what = "option '" + id + "' of " + question;
        var caps = entry.integer("caps_at", what);
        if (caps.isPresent() && !Level.isValid(caps.getAsInt())) {
            entry.problem(entry.lineOf("caps_at"), "caps_at of " + what + " is " + caps.getAsInt()
                    + "; it must be a level from 0 to 4");
        }
        var steps = entry.strings("next_steps");
        for (var step : steps) {
            if (!nextStepIds.contains(step.value())) {
                entry.problem(step.line(), what + " names next step '" + step.value()
                        + "' that next-steps.yml does not define; add it there or fix the id");
            }
        }
        if (caps.isPresent() && caps.getAsInt() < Level.HIGHEST && steps.isEmpty() && entry.node("next_steps").isEmpty()) {
            entry.problem(entry.line(), what + " caps the level at " + caps.getAsInt()
                    + " but names no next_steps; add the steps that lift it");
        }
        var label = entry.string("label", what);
        if (label.length() > MAX_OPTION_LABEL) {
            entry.problem(entry.lineOf("label"), "label of " + what + " has " + label.length() + " characters; Slack "
                    + "shows at most " + MAX_OPTION_LABEL + " in an option, so shorten it (the help text can say more)");
        }
        return Optional.of(new AnswerOption(id, label, caps.orElse(Level.HIGHEST),
                steps.stream().map(YamlMap.Located::value).toList()));
    }

    private Optional<Condition> readCondition(YamlMap when, String what, List<Question> earlier) {
        when.allowOnly("'when'", Set.of("question", "in"));
        var questionId = when.string("question", "the 'when' of " + what);
        var optionIds = when.strings("in");
        if (when.node("in").isEmpty()) {
            when.problem(when.line(), "the 'when' of " + what + " has no 'in'; list the options that make it apply");
        }
        if (questionId.isEmpty()) {
            return Optional.empty();
        }
        var gate = earlier.stream().filter(q -> q.id().equals(questionId)).findFirst();
        if (gate.isEmpty()) {
            when.problem(when.lineOf("question"), "the 'when' of " + what + " refers to question '" + questionId
                    + "' that is not defined before it; name an earlier question");
            return Optional.empty();
        }
        for (var option : optionIds) {
            if (gate.get().option(option.value()).isEmpty()) {
                when.problem(option.line(), "the 'when' of " + what + " refers to option '" + option.value()
                        + "' that question '" + questionId + "' does not have; use one of: "
                        + String.join(", ", gate.get().options().stream().map(AnswerOption::id).toList()));
            }
        }
        return Optional.of(new Condition(questionId, optionIds.stream().map(YamlMap.Located::value).distinct().toList()));
    }

    private void checkEveryLevelReachable(YamlMap file, Questionnaire questionnaire, List<Level> levels) {
        var reachability = new LevelReachability(questionnaire);
        for (var level : levels) {
            if (!reachability.canScore(level.number())) {
                file.problem(file.lineOf("questions"), "no combination of answers scores level " + level.number()
                        + " (" + level.name() + "); give at least one option caps_at: " + level.number()
                        + " that the other answers allow");
            }
        }
    }

    // --- targets.yml ---------------------------------------------------------------------------------------

    private record Targets(List<TargetRule> rules, String beyondTarget) {
    }

    private Targets readTargets(Set<String> nextStepIds) {
        var rules = new ArrayList<TargetRule>();
        var root = read(TARGETS);
        if (root.isEmpty()) {
            return new Targets(rules, "");
        }
        var file = root.get();
        file.allowOnly("targets.yml", Set.of("rules", "beyond_target"));
        var unique = new UniqueIds(file, "rule");
        for (var entry : file.maps("rules")) {
            entry.allowOnly("a rule", Set.of("id", "when", "level", "reason", "note", "stop", "next_steps"));
            var id = entry.string("id", "a rule");
            var what = "rule '" + id + "'";
            var conditions = entry.map("when").map(when -> readProfileConditions(when, what)).orElseGet(() -> {
                entry.problem(entry.line(), what + " has no 'when'; say which profiles it applies to");
                return List.of();
            });
            OptionalInt level = OptionalInt.empty();
            String text;
            if (entry.node("level").isPresent()) {
                level = entry.integer("level", what);
                if (level.isPresent() && !Level.isValid(level.getAsInt())) {
                    entry.problem(entry.lineOf("level"), "level of " + what + " is " + level.getAsInt()
                            + "; it must be from 0 to 4");
                }
                text = entry.string("reason", what);
            } else {
                if (entry.node("note").isEmpty()) {
                    entry.problem(entry.line(), what + " has neither a 'level' (with a 'reason') nor a 'note'; add one");
                }
                text = entry.optionalString("note").orElse("");
            }
            var steps = entry.strings("next_steps");
            steps.stream().filter(s -> !nextStepIds.contains(s.value())).forEach(s -> entry.problem(s.line(),
                    what + " names next step '" + s.value() + "' that next-steps.yml does not define; add it there or fix the id"));
            if (unique.add(id, entry.lineOf("id"))) {
                rules.add(new TargetRule(id, conditions, level, text, entry.flag("stop", what),
                        steps.stream().map(YamlMap.Located::value).toList()));
            }
        }
        return new Targets(rules, file.optionalString("beyond_target").orElse(""));
    }

    private List<ProfileCondition> readProfileConditions(YamlMap when, String what) {
        var conditions = new ArrayList<ProfileCondition>();
        for (var key : when.keys()) {
            var field = ProfileField.fromKey(key);
            if (field.isEmpty()) {
                when.problem(when.lineOf(key), what + " tests unknown profile field '" + key + "'; use one of: "
                        + String.join(", ", Arrays.stream(ProfileField.values()).map(ProfileField::key).toList()));
                continue;
            }
            readProfileCondition(when, field.get(), what).ifPresent(conditions::add);
        }
        return conditions;
    }

    private Optional<ProfileCondition> readProfileCondition(YamlMap when, ProfileField field, String what) {
        var key = field.key();
        if (field.isNumeric()) {
            var range = when.map(key);
            if (range.isEmpty()) {
                return Optional.empty();
            }
            range.get().allowOnly("'" + key + "'", Set.of("min", "max"));
            var min = number(range.get(), "min", what);
            var max = number(range.get(), "max", what);
            if (min.isEmpty() && max.isEmpty()) {
                range.get().problem(range.get().line(), "'" + key + "' of " + what + " needs a min or a max");
                return Optional.empty();
            }
            return Optional.of(new ProfileCondition.Range(field, min.orElse(null), max.orElse(null)));
        }
        var values = when.strings(key);
        if (values.isEmpty()) {
            when.problem(when.lineOf(key), "'" + key + "' of " + what + " must list accepted values, for example ["
                    + String.join(", ", field.choices()) + "]");
            return Optional.empty();
        }
        for (var value : values) {
            if (!field.choices().contains(value.value())) {
                when.problem(value.line(), what + ": '" + value.value() + "' is not a value of '" + key
                        + "'; use one of: " + String.join(", ", field.choices()));
            }
        }
        return Optional.of(new ProfileCondition.OneOf(field, ids(values.stream().map(YamlMap.Located::value).toList())));
    }

    private static Optional<Double> number(YamlMap map, String key, String what) {
        return map.optionalString(key).flatMap(text -> {
            try {
                return Optional.of(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                map.problem(map.lineOf(key), "'" + key + "' of " + what + " must be a number, not '" + text + "'");
                return Optional.empty();
            }
        });
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static Set<String> ids(List<String> ids) {
        return new LinkedHashSet<>(ids);
    }

    /** Reports an id seen twice in one list, pointing at the first definition. */
    private static final class UniqueIds {
        private final YamlMap file;
        private final String kind;
        private final Map<String, Integer> firstLine = new HashMap<>();

        UniqueIds(YamlMap file, String kind) {
            this.file = file;
            this.kind = kind;
        }

        boolean add(String id, int line) {
            if (id.isEmpty()) {
                return false;
            }
            var first = firstLine.putIfAbsent(id, line);
            if (first != null) {
                file.problem(line, "duplicate " + kind + " id '" + id + "' (first defined on line " + first
                        + "); give each " + kind + " its own id");
                return false;
            }
            return true;
        }
    }
}
