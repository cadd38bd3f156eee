package dev.mlopsguide.maturity;

import java.util.List;

/** An entry of the next-steps catalogue: a concrete improvement, why it matters and how to start. */
public record NextStep(String id, String title, String why, String how, Effort effort, List<String> tools, String step) {

    public NextStep {
        tools = List.copyOf(tools);
    }
}
