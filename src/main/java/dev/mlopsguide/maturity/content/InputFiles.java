package dev.mlopsguide.maturity.content;

import dev.mlopsguide.maturity.AnswerOption;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.ProfileChoice;
import dev.mlopsguide.maturity.ProfileField;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the files a person hands to the command line: answers ({@code questionId: optionId}) and a team
 * profile, in YAML or JSON. Mistakes are reported like content mistakes, with file, line and fix.
 */
public final class InputFiles {

    /** The yes/no field that {@code regulation} replaced; still read, as strict or none. */
    private static final String LEGACY_REGULATED = "regulated";

    private InputFiles() {
    }

    /** @throws InvalidContentException naming every unknown question or option */
    public static Answers readAnswers(Path file, Questionnaire questionnaire) {
        var problems = new ContentProblems();
        var answers = new LinkedHashMap<String, String>();
        YamlFiles.read(file, file.toString(), problems).ifPresent(map -> {
            for (var questionId : map.keys()) {
                var line = map.lineOf(questionId);
                var question = questionnaire.question(questionId);
                if (question.isEmpty()) {
                    map.problem(line, "unknown question '" + questionId
                            + "'; run 'mlops-guide questions --json' to list the question ids");
                    continue;
                }
                var optionId = map.optionalString(questionId);
                if (optionId.isEmpty()) {
                    continue;
                }
                if (question.get().option(optionId.get()).isEmpty()) {
                    map.problem(line, "question '" + questionId + "' has no option '" + optionId.get() + "'; use one of: "
                            + question.get().options().stream().map(AnswerOption::id).collect(Collectors.joining(", ")));
                    continue;
                }
                answers.put(questionId, optionId.get());
            }
        });
        throwIfAny(problems);
        return new Answers(answers);
    }

    /**
     * Reads a profile. {@code stage}, {@code models_in_production}, {@code retraining} and {@code serving} are
     * required; {@code availability} (percent) and {@code regulation} (none, light, strict; default none) are
     * optional. Files written before regulation had three values say {@code regulated: true} (strict) or false.
     *
     * @throws InvalidContentException naming every missing or invalid value
     */
    public static TeamProfile readProfile(Path file) {
        var problems = new ContentProblems();
        var profile = YamlFiles.read(file, file.toString(), problems).map(map -> {
            var keys = Arrays.stream(ProfileField.values()).map(ProfileField::key)
                    .collect(Collectors.toCollection(HashSet::new));
            keys.add(LEGACY_REGULATED);
            map.allowOnly("a profile", keys);
            var stage = choice(map, ProfileField.STAGE, Stage.class);
            var retraining = choice(map, ProfileField.RETRAINING, RetrainingCadence.class);
            var serving = choice(map, ProfileField.SERVING, ServingMode.class);
            var models = map.integer(ProfileField.MODELS_IN_PRODUCTION.key(), "the profile");
            if (models.isPresent() && models.getAsInt() < 0) {
                map.problem(map.lineOf(ProfileField.MODELS_IN_PRODUCTION.key()), "models_in_production cannot be negative");
            }
            var availability = availability(map);
            var regulation = regulation(map);
            if (stage.isEmpty() || retraining.isEmpty() || serving.isEmpty() || models.isEmpty()
                    || models.getAsInt() < 0 || !problems.isEmpty()) {
                return null;
            }
            return new TeamProfile(stage.get(), models.getAsInt(), retraining.get(), serving.get(),
                    availability.orElse(null), regulation.orElse(Regulation.NONE));
        });
        throwIfAny(problems);
        return profile.orElseThrow();
    }

    /** {@code regulation}, or the older {@code regulated} flag; empty when neither is given. */
    private static Optional<Regulation> regulation(YamlMap map) {
        if (map.node(LEGACY_REGULATED).isPresent()) {
            return Optional.of(map.flag(LEGACY_REGULATED, "the profile") ? Regulation.STRICT : Regulation.NONE);
        }
        return map.node(ProfileField.REGULATION.key()).isPresent()
                ? choice(map, ProfileField.REGULATION, Regulation.class) : Optional.empty();
    }

    private static <E extends Enum<E> & ProfileChoice> Optional<E> choice(YamlMap map, ProfileField field, Class<E> type) {
        var key = field.key();
        if (map.node(key).isEmpty()) {
            map.problem(map.line(), "the profile has no '" + key + "'; add one of: " + ProfileChoice.ids(type));
            return Optional.empty();
        }
        return map.optionalString(key).flatMap(value -> {
            var choice = ProfileChoice.fromId(type, value);
            if (choice.isEmpty()) {
                map.problem(map.lineOf(key), "'" + value + "' is not a valid " + key + "; use one of: " + ProfileChoice.ids(type));
            }
            return choice;
        });
    }

    private static Optional<Double> availability(YamlMap map) {
        var key = ProfileField.AVAILABILITY.key();
        return map.optionalString(key).flatMap(text -> {
            try {
                double value = Double.parseDouble(text.replace("%", ""));
                if (value > 0 && value <= 100) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException ignored) {
                // reported below, like an out-of-range value
            }
            map.problem(map.lineOf(key), "availability must be a percentage such as 99.9, not '" + text + "'");
            return Optional.empty();
        });
    }

    private static void throwIfAny(ContentProblems problems) {
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems.list());
        }
    }
}
