package dev.mlopsguide.maturity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A profile value with a stable id as written in content and profile files. */
public interface ProfileChoice {

    String id();

    String label();

    static <E extends Enum<E> & ProfileChoice> Optional<E> fromId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.id().equals(id)).findFirst();
    }

    static <E extends Enum<E> & ProfileChoice> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ProfileChoice::id).collect(Collectors.joining(", "));
    }
}
