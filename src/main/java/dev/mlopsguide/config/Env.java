package dev.mlopsguide.config;

import java.util.Map;
import java.util.Optional;

/** Reading settings from environment variables: blank counts as unset. */
final class Env {

    private Env() {
    }

    static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    static String required(Map<String, String> env, String name, String what) {
        return optional(env, name).orElseThrow(() -> new SettingsException(name, "is not set; set it to " + what));
    }
}
