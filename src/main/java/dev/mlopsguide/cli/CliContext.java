package dev.mlopsguide.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/** The terminal a command talks to, and the environment it reads settings from; replaced in tests. */
public record CliContext(BufferedReader in, PrintWriter out, PrintWriter err, Map<String, String> env) {

    public CliContext {
        env = Map.copyOf(env);
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }
}
