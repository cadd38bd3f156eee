package dev.mlopsguide.maturity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The profile fields that target rules can test, by the name used in content and profile files. */
public enum ProfileField {
    STAGE("stage", p -> p.stage().id(), choices(Stage.class)),
    MODELS_IN_PRODUCTION("models_in_production", p -> (double) p.modelsInProduction(), List.of()),
    RETRAINING("retraining", p -> p.retraining().id(), choices(RetrainingCadence.class)),
    SERVING("serving", p -> p.serving().id(), choices(ServingMode.class)),
    AVAILABILITY("availability", TeamProfile::availability, List.of()),
    REGULATION("regulation", p -> p.regulation().id(), choices(Regulation.class));

    private final String key;
    private final Function<TeamProfile, Object> reader;
    private final List<String> choices;

    ProfileField(String key, Function<TeamProfile, Object> reader, List<String> choices) {
        this.key = key;
        this.reader = reader;
        this.choices = choices;
    }

    public String key() {
        return key;
    }

    /** The accepted values of a choice field; empty for numeric fields. */
    public List<String> choices() {
        return choices;
    }

    public boolean isNumeric() {
        return choices.isEmpty();
    }

    /** The field's value: a choice id, a Double for numeric fields, or null when the profile leaves it unset. */
    Object valueIn(TeamProfile profile) {
        return reader.apply(profile);
    }

    public static Optional<ProfileField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    private static <E extends Enum<E> & ProfileChoice> List<String> choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ProfileChoice::id).toList();
    }
}
