package dev.mlopsguide.maturity;

/** Rough size of a next step: S takes days, M weeks, L a quarter or more. */
public enum Effort {
    S("days"), M("weeks"), L("a quarter or more");

    private final String duration;

    Effort(String duration) {
        this.duration = duration;
    }

    public String duration() {
        return duration;
    }
}
