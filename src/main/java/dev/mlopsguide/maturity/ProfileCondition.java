package dev.mlopsguide.maturity;

import java.util.Set;

/** A test on one profile field inside a target rule. */
public sealed interface ProfileCondition {

    boolean matches(TeamProfile profile);

    /** The field's value is one of {@code values}. */
    record OneOf(ProfileField field, Set<String> values) implements ProfileCondition {
        public OneOf {
            values = Set.copyOf(values);
        }

        @Override
        public boolean matches(TeamProfile profile) {
            return values.contains(field.valueIn(profile));
        }
    }

    /** A numeric field lies within [min, max]; a null bound is open, an unset field never matches. */
    record Range(ProfileField field, Double min, Double max) implements ProfileCondition {
        @Override
        public boolean matches(TeamProfile profile) {
            if (!(field.valueIn(profile) instanceof Double value)) {
                return false;
            }
            return (min == null || value >= min) && (max == null || value <= max);
        }
    }
}
