package dev.mlopsguide.maturity;

/** How often the team's models must be retrained. */
public enum RetrainingCadence implements ProfileChoice {
    NEVER("never", "Never"),
    RARELY("rarely", "Twice a year or less"),
    QUARTERLY("quarterly", "Quarterly"),
    MONTHLY("monthly", "Monthly"),
    WEEKLY("weekly", "Weekly"),
    DAILY("daily", "Daily or more often"),
    /** As often as monitoring shows the model decaying: the cadence is not known in advance. */
    ON_METRICS("on-metrics", "When monitoring says so (triggered by metrics)");

    private final String id;
    private final String label;

    RetrainingCadence(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
