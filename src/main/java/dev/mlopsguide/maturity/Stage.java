package dev.mlopsguide.maturity;

/** How far the team's most important model has come. */
public enum Stage implements ProfileChoice {
    PROOF_OF_CONCEPT("proof-of-concept", "Proof of concept"),
    PRODUCTION("production", "In production"),
    BUSINESS_CRITICAL("business-critical", "Business-critical");

    private final String id;
    private final String label;

    Stage(String id, String label) {
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
