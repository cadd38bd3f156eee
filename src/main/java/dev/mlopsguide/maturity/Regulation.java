package dev.mlopsguide.maturity;

/** How closely a law, a regulator or a risk policy reviews a team's models. */
public enum Regulation implements ProfileChoice {
    NONE("none", "Not regulated"),
    LIGHT("light", "Light: an internal risk policy reviews it"),
    STRICT("strict", "Strict: a regulator or a law (credit, health, hiring ...)");

    private final String id;
    private final String label;

    Regulation(String id, String label) {
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
