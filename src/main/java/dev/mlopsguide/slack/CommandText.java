package dev.mlopsguide.slack;

import java.util.Locale;

/** The text after {@code /mlops-assess}, read as one of its subcommands. */
public sealed interface CommandText {

    record Assess() implements CommandText { }

    record Team() implements CommandText { }

    record Profile() implements CommandText { }

    record Results() implements CommandText { }

    record History() implements CommandText { }

    /** {@code topic} is empty when none was given. */
    record Explain(String topic) implements CommandText { }

    record Ask(String question) implements CommandText { }

    record Digest(String arguments) implements CommandText { }

    /** Help, asked for ({@code unknown} empty) or shown because the text was not understood. */
    record Help(String unknown) implements CommandText { }

    static CommandText parse(String text) {
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new Assess();
        }
        var parts = trimmed.split("\\s+", 2);
        var rest = parts.length > 1 ? parts[1].strip() : "";
        return switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "team" -> new Team();
            case "profile" -> new Profile();
            case "results", "result" -> new Results();
            case "history" -> new History();
            case "explain" -> new Explain(rest.toLowerCase(Locale.ROOT));
            case "ask" -> new Ask(rest);
            case "digest" -> new Digest(rest);
            case "help", "?" -> new Help("");
            default -> new Help(trimmed);
        };
    }
}
