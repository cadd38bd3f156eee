package dev.mlopsguide.cli;

import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.ProfileChoice;
import dev.mlopsguide.maturity.ProfileField;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment as a conversation in a terminal: one question at a time with progress, numbered options,
 * {@code b} to go back, {@code ?} for help and {@code q} or end of input to quit; then the optional team profile.
 * Nothing is returned (and so nothing saved) unless the person reaches the end.
 */
final class InteractiveAssessment {

    /** What the person answered; the profile is empty when they skipped it. */
    record Outcome(Answers answers, Optional<TeamProfile> profile) {
    }

    private record Choice(String id, String label) {
    }

    /** A profile question; {@code choices} is empty for numeric fields. */
    private record ProfilePrompt(ProfileField field, String text, List<Choice> choices) {
    }

    private static final List<ProfilePrompt> PROFILE = List.of(
            new ProfilePrompt(ProfileField.STAGE, "Where is your most important model today?", choices(Stage.class)),
            new ProfilePrompt(ProfileField.MODELS_IN_PRODUCTION, "How many models do you run in production?", List.of()),
            new ProfilePrompt(ProfileField.RETRAINING, "How often must your models be retrained?", choices(RetrainingCadence.class)),
            new ProfilePrompt(ProfileField.SERVING, "How are predictions served?", choices(ServingMode.class)),
            new ProfilePrompt(ProfileField.AVAILABILITY,
                    "What availability does the service promise, in percent (for example 99.9)? Press Enter if none.", List.of()),
            new ProfilePrompt(ProfileField.REGULATION, "Does a law, a regulator or a risk policy review the model?",
                    choices(Regulation.class)));

    private final Questionnaire questionnaire;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean askProfile;

    private Answers answers = Answers.NONE;
    private final Map<ProfileField, String> profile = new EnumMap<>(ProfileField.class);
    private boolean profileSkipped;

    InteractiveAssessment(Questionnaire questionnaire, BufferedReader in, PrintWriter out, boolean askProfile) {
        this.questionnaire = questionnaire;
        this.in = in;
        this.out = out;
        this.askProfile = askProfile;
    }

    /** Runs the conversation; empty when the person quit. */
    Optional<Outcome> run() throws IOException {
        out.println("MLOps maturity assessment: at most " + questionCount() + " questions in "
                + questionnaire.areas().size() + " areas, about five minutes.");
        out.println("Answer with an option's number. b = back, ? = help, q = quit. Enter keeps an earlier answer.");
        int index = 0;
        while (true) {
            var questions = questionnaire.applicable(answers);
            int profileSteps = askProfile && !profileSkipped ? PROFILE.size() : 0;
            if (index >= questions.size() + profileSteps) {
                return Optional.of(new Outcome(answers, profileSkipped || !askProfile ? Optional.empty() : Optional.of(profile())));
            }
            out.println();
            if (index < questions.size()) {
                show(questions.get(index), index, questionCount());
            } else {
                show(PROFILE.get(index - questions.size()), index - questions.size());
            }
            out.print("> ");
            out.flush();
            var line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                return Optional.empty();
            }
            var input = line.strip();
            if (input.equalsIgnoreCase("b")) {
                if (index == 0) {
                    out.println("This is the first question.");
                } else {
                    index--;
                }
            } else if (input.equals("?")) {
                out.println(index < questions.size() ? helpOf(questions.get(index)) : "This sets your target level.");
            } else if (index < questions.size() ? answer(questions.get(index), input) : answer(PROFILE.get(index - questions.size()), input)) {
                index++;
            }
        }
    }

    /**
     * How many questions the person will be asked: those that apply, and those whose condition depends on a
     * question not answered yet, so the count can only go down as they answer.
     */
    private int questionCount() {
        var applicable = questionnaire.applicable(answers);
        return (int) questionnaire.questions().stream().filter(q -> applicable.contains(q)
                || q.condition().map(c -> answers.optionOf(c.questionId()).isEmpty()).orElse(false)).count();
    }

    private void show(Question question, int index, int total) {
        var area = questionnaire.area(question.areaId()).map(a -> a.name()).orElse(question.areaId());
        out.println("Question " + (index + 1) + " of " + total + " · " + area);
        out.println(question.text());
        var options = question.options();
        for (int i = 0; i < options.size(); i++) {
            out.println("  " + (i + 1) + ") " + options.get(i).label());
        }
        answers.optionOf(question.id()).ifPresent(current -> out.println("(now: "
                + (options.stream().map(o -> o.id()).toList().indexOf(current) + 1) + "; Enter keeps it)"));
    }

    private void show(ProfilePrompt prompt, int index) {
        out.println("Team profile " + (index + 1) + " of " + PROFILE.size() + " · sets your target level"
                + (index == 0 ? " (Enter skips the profile)" : ""));
        out.println(prompt.text());
        for (int i = 0; i < prompt.choices().size(); i++) {
            out.println("  " + (i + 1) + ") " + prompt.choices().get(i).label());
        }
        var current = profile.get(prompt.field());
        if (current != null) {
            out.println("(now: " + (current.isEmpty() ? "none" : current) + "; Enter keeps it)");
        }
    }

    private static String helpOf(Question question) {
        return question.help().isEmpty() ? "No more help for this question." : question.help();
    }

    private boolean answer(Question question, String input) {
        var optionIds = question.options().stream().map(o -> o.id()).toList();
        if (input.isEmpty() && answers.optionOf(question.id()).isPresent()) {
            return true;
        }
        var chosen = pick(optionIds, input);
        if (chosen.isEmpty()) {
            out.println("Choose a number from 1 to " + optionIds.size() + " (or b, ?, q).");
            return false;
        }
        answers = answers.with(question.id(), chosen.get());
        return true;
    }

    private boolean answer(ProfilePrompt prompt, String input) {
        var field = prompt.field();
        if (input.isEmpty()) {
            if (profile.containsKey(field)) {
                return true;
            }
            if (field == ProfileField.STAGE) {
                profileSkipped = true;
                return true;
            }
            if (field == ProfileField.AVAILABILITY) {
                profile.put(field, "");
                return true;
            }
        }
        if (!prompt.choices().isEmpty()) {
            var chosen = pick(prompt.choices().stream().map(Choice::id).toList(), input);
            if (chosen.isEmpty()) {
                out.println("Choose a number from 1 to " + prompt.choices().size() + " (or b, q).");
                return false;
            }
            profile.put(field, chosen.get());
            return true;
        }
        return field == ProfileField.AVAILABILITY ? acceptAvailability(input) : acceptModelCount(input);
    }

    private boolean acceptModelCount(String input) {
        try {
            int models = Integer.parseInt(input);
            if (models >= 0) {
                profile.put(ProfileField.MODELS_IN_PRODUCTION, input);
                return true;
            }
        } catch (NumberFormatException ignored) {
            // explained below
        }
        out.println("Type a whole number, for example 3.");
        return false;
    }

    private boolean acceptAvailability(String input) {
        try {
            double value = Double.parseDouble(input.replace("%", ""));
            if (value > 0 && value <= 100) {
                profile.put(ProfileField.AVAILABILITY, String.valueOf(value));
                return true;
            }
        } catch (NumberFormatException ignored) {
            // explained below
        }
        out.println("Type a percentage such as 99.9, or press Enter if there is none.");
        return false;
    }

    /** An option chosen by its number or its id. */
    private static Optional<String> pick(List<String> ids, String input) {
        try {
            int number = Integer.parseInt(input);
            return number >= 1 && number <= ids.size() ? Optional.of(ids.get(number - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return ids.contains(input) ? Optional.of(input) : Optional.empty();
        }
    }

    private TeamProfile profile() {
        var availability = profile.get(ProfileField.AVAILABILITY);
        return new TeamProfile(
                ProfileChoice.fromId(Stage.class, profile.get(ProfileField.STAGE)).orElseThrow(),
                Integer.parseInt(profile.get(ProfileField.MODELS_IN_PRODUCTION)),
                ProfileChoice.fromId(RetrainingCadence.class, profile.get(ProfileField.RETRAINING)).orElseThrow(),
                ProfileChoice.fromId(ServingMode.class, profile.get(ProfileField.SERVING)).orElseThrow(),
                availability == null || availability.isEmpty() ? null : Double.valueOf(availability),
                ProfileChoice.fromId(Regulation.class, profile.get(ProfileField.REGULATION)).orElseThrow());
    }

    private static <E extends Enum<E> & ProfileChoice> List<Choice> choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> new Choice(c.id(), c.label())).toList();
    }
}
