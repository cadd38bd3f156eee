package dev.mlopsguide.rhythm;

import java.util.Locale;
import java.util.Optional;

/** How often a team re-assesses, in months (0: never), as people say it and as they read it. */
public final class Cadence {

    public static final String CHOICES = "`monthly`, `quarterly`, `half-yearly`, `yearly` or `off`";
    /** The choices as a command's usage shows them. */
    public static final String USAGE = "monthly|quarterly|half-yearly|yearly|off";

    private Cadence() {
    }

    /** {@code monthly}, {@code quarterly}, {@code half-yearly}, {@code yearly}, {@code off}, or a number of months (1-12). */
    public static Optional<Integer> parse(String words) {
        var said = words.strip().toLowerCase(Locale.ROOT).replaceAll("^every\\s+", "").replaceAll("\\s+months?$", "");
        return switch (said) {
            case "monthly", "month" -> Optional.of(1);
            case "quarterly", "quarter" -> Optional.of(3);
            case "half-yearly", "half-year", "twice a year" -> Optional.of(6);
            case "yearly", "annually", "year" -> Optional.of(12);
            case "off", "never", "none" -> Optional.of(0);
            default -> said.matches("\\d{1,2}") && Integer.parseInt(said) >= 1 && Integer.parseInt(said) <= 12
                    ? Optional.of(Integer.parseInt(said)) : Optional.empty();
        };
    }

    /** "every 3 months", "every month", "never". */
    public static String inWords(int months) {
        return months == 0 ? "never" : "every " + span(months).replaceFirst("^a ", "");
    }

    /** "3 months", "a month", "a year": how long a cadence is. */
    public static String span(int months) {
        return switch (months) {
            case 1 -> "a month";
            case 12 -> "a year";
            default -> months + " months";
        };
    }
}
