package dev.mlopsguide.maturity;

import java.util.List;

/** A step of an ML project (Design, Train or Operate): what it is, why it matters, what to ask and use in it. */
public record LifecycleStep(
        String id, String name, String what, String why,
        List<String> questions, List<String> practices, List<String> tools) {

    public LifecycleStep {
        questions = List.copyOf(questions);
        practices = List.copyOf(practices);
        tools = List.copyOf(tools);
    }
}
