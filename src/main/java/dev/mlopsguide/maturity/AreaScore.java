package dev.mlopsguide.maturity;

import java.util.OptionalInt;

/** The level of one area: the lowest cap among its answers; empty when none of its questions was answered. */
public record AreaScore(Area area, OptionalInt level, int answered, int total) {
}
