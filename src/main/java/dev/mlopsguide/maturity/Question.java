package dev.mlopsguide.maturity;

import java.util.List;
import java.util.Optional;

/** A statement of practice answered by choosing one option; {@code when} is null for unconditional questions. */
public record Question(String id, String areaId, String text, String help, List<AnswerOption> options, Condition when) {

    public Question {
        options = List.copyOf(options);
    }

    public Optional<AnswerOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public Optional<Condition> condition() {
        return Optional.ofNullable(when);
    }
}
