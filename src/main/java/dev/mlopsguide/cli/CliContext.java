package dev.mlopsguide.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The terminal a command talks to, the environment it reads settings from, and the clock it reads the time from;
 * replaced in tests.
 */
public record CliContext(BufferedReader in, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {

    public CliContext {
        env = Map.copyOf(env);
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }
}
