package dev.mlopsguide.report;

import dev.mlopsguide.maturity.Level;

/** A five-cell bar for a level 0-4: one filled cell per level reached, plus one for level 0 itself. */
public final class LevelBar {

    private LevelBar() {
    }

    public static String of(int level) {
        int filled = level + 1;
        return "█".repeat(filled) + "░".repeat(Level.HIGHEST + 1 - filled);
    }
}
