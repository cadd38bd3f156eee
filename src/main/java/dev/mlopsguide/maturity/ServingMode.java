package dev.mlopsguide.maturity;

/** How predictions reach their users. */
public enum ServingMode implements ProfileChoice {
    NONE("none", "Nothing deployed yet"),
    BATCH("batch", "Batch"),
    ONLINE("online", "Online (API)"),
    STREAMING("streaming", "Streaming");

    private final String id;
    private final String label;

    ServingMode(String id, String label) {
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
