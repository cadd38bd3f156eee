package dev.mlopsguide.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How a report writes its text and names a person: for a terminal, text as it is and people by the names they go by;
 * for Slack, text escaped and people as mentions that Slack names.
 */
public record Wording(UnaryOperator<String> text, UnaryOperator<String> person) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    /** A day as people write it ("Dec 8, 2026"), never ISO. */
    public static String day(LocalDate day) {
        return day.format(DAY);
    }

    /** For a terminal or a file: {@code names} by user id; someone without a known name (a terminal user) as is. */
    public static Wording plain(Map<String, String> names) {
        return new Wording(text -> text, id -> names.getOrDefault(id, id));
    }
}
