package dev.mlopsguide.maturity.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the mistakes found while loading, so that all of them can be reported at once. */
final class ContentProblems {

    private final List<ContentProblem> problems = new ArrayList<>();

    void add(String file, int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<ContentProblem> list() {
        return List.copyOf(problems);
    }
}
