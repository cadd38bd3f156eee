package dev.mlopsguide.maturity.content;

import java.util.List;
import java.util.stream.Collectors;

/** Content or input files have mistakes; all of them are listed, one per line, not only the first. */
public final class InvalidContentException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super(problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
