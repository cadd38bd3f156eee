package dev.mlopsguide.maturity;

/** A capability area of the questionnaire, scored on its own; it belongs to one lifecycle step. */
public record Area(String id, String name, String step, String description) {
}
