package dev.mlopsguide.slack.listeners.commands;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text after {@code /mlops-assess}, read as one of its subcommands and what follows it. For {@link Kind#HELP},
 * {@code argument} is the text that was not understood (empty when help was asked for); for {@link Kind#EXPLAIN}
 * it is lower-cased.
 */
public record CommandText(Kind kind, String argument) {

    public enum Kind { ASSESS, TEAM, PROFILE, RESULTS, HISTORY, EXPLAIN, ASK, DIGEST, SETTINGS, ORG, CADENCE, STEPS, HELP }

    /** Compiled once: every command is read before its ack. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static CommandText parse(String text) {
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new CommandText(Kind.ASSESS, "");
        }
        var parts = SPACES.split(trimmed, 2);
        var rest = parts.length > 1 ? parts[1].strip() : "";
        return switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "team" -> new CommandText(Kind.TEAM, rest);
            case "profile" -> new CommandText(Kind.PROFILE, rest);
            case "results", "result" -> new CommandText(Kind.RESULTS, rest);
            case "history" -> new CommandText(Kind.HISTORY, rest);
            case "explain" -> new CommandText(Kind.EXPLAIN, rest.toLowerCase(Locale.ROOT));
            case "ask" -> new CommandText(Kind.ASK, rest);
            case "digest" -> new CommandText(Kind.DIGEST, rest);
            case "settings" -> new CommandText(Kind.SETTINGS, rest);
            case "org" -> new CommandText(Kind.ORG, rest);
            case "cadence" -> new CommandText(Kind.CADENCE, rest);
            case "steps" -> new CommandText(Kind.STEPS, rest);
            case "help", "?" -> new CommandText(Kind.HELP, "");
            default -> new CommandText(Kind.HELP, trimmed);
        };
    }
}
