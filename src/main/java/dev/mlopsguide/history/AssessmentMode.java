package dev.mlopsguide.history;

import java.util.Locale;

/** How an assessment was taken. */
public enum AssessmentMode {
    /** In a terminal. */
    CLI,
    /** In a Slack modal, by one person. */
    MODAL,
    /** In a channel thread, by the team. */
    CHANNEL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssessmentMode fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
