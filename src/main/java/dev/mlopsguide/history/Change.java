package dev.mlopsguide.history;

import java.util.OptionalInt;

/** How a level moved between two assessments; either side is empty when there was nothing to compare. */
public record Change(OptionalInt before, OptionalInt after) {

    public enum Direction { UP, DOWN, SAME, NEW, GONE, NONE }

    public Direction direction() {
        if (before.isEmpty()) {
            return after.isEmpty() ? Direction.NONE : Direction.NEW;
        }
        if (after.isEmpty()) {
            return Direction.GONE;
        }
        int delta = after.getAsInt() - before.getAsInt();
        return delta > 0 ? Direction.UP : delta < 0 ? Direction.DOWN : Direction.SAME;
    }

    /** after minus before; 0 unless both sides are present. */
    public int delta() {
        return before.isPresent() && after.isPresent() ? after.getAsInt() - before.getAsInt() : 0;
    }
}
