package dev.mlopsguide.history;

import java.util.Locale;

/** How an assessment was taken. */
public enum AssessmentMode {
    /** In a terminal. */
    CLI("in the terminal"),
    /** In a Slack modal, by one person. */
    MODAL("alone, in the form"),
    /** In a channel thread, by the team. */
    CHANNEL("together, in a thread");

    private final String how;

    AssessmentMode(String how) {
        this.how = how;
    }

    /** How it was taken, in words for people ("together, in a thread"). */
    public String how() {
        return how;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssessmentMode fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
