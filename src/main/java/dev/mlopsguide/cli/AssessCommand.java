package dev.mlopsguide.cli;

import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.maturity.content.InputFiles;
import dev.mlopsguide.report.Json;
import dev.mlopsguide.report.ResultJson;
import dev.mlopsguide.report.ResultReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Run the MLOps maturity assessment.",
                "Without --answers it asks the questions one by one in the terminal, then the team profile.",
                "The result is recorded for the team (see 'history'); without a profile, the team's saved one sets the target."})
final class AssessCommand implements Callable<Integer> {

    private static final int STOPPED = 1;

    private final CliContext context;

    @Mixin
    ContentOptions content;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "YAML or JSON file of {questionId: optionId}; skips the questions.")
    Path answersFile;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "YAML or JSON team profile (stage, models_in_production, retraining, serving, availability, regulation).")
    Path profileFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "5",
            description = "Most next steps to show (default: ${DEFAULT-VALUE}).")
    int stepLimit;

    @Option(names = "--team", paramLabel = "NAME", defaultValue = StoreAccess.DEFAULT_TEAM,
            description = "Team to record the assessment for (default: ${DEFAULT-VALUE}).")
    String teamName;

    @Option(names = "--no-save", description = "Show the result without recording it.")
    boolean noSave;

    AssessCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (stepLimit < 1) {
            throw new UserInputException("--steps must be at least 1");
        }
        var profile = Optional.ofNullable(profileFile).map(InputFiles::readProfile);
        if (noSave) {
            var maturity = content.load(context);
            var answers = Optional.ofNullable(answersFile).map(f -> InputFiles.readAnswers(f, maturity.questionnaire()));
            var outcome = collect(maturity, answers, profile);
            outcome.ifPresent(o -> print(new Assessor(maturity).assess(o.answers(), o.profile(), stepLimit), maturity));
            return outcome.isPresent() ? 0 : STOPPED;
        }
        // Open the store before asking anything, so that a database problem does not cost anyone their answers.
        try (var application = StoreAccess.application(context, content)) {
            var maturity = application.content();
            var answers = Optional.ofNullable(answersFile).map(f -> InputFiles.readAnswers(f, maturity.questionnaire()));
            var team = application.teams().local(teamName);
            var outcome = collect(maturity, answers, profile);
            if (outcome.isEmpty()) {
                return STOPPED;
            }
            var recorded = application.teamAssessor().assess(team, outcome.get().answers(),
                    outcome.get().profile(), StoreAccess.user(context), AssessmentMode.CLI, Map.of(), stepLimit);
            print(recorded.result(), maturity);
            (format == OutputFormat.JSON ? context.err() : context.out()).println("Saved as assessment "
                    + recorded.assessmentId() + " of team '" + teamName + "' in "
                    + application.store().database().settings().description() + ".");
            return 0;
        }
    }

    /** The answers and profile from the files, or asked in the terminal; empty when the person quit. */
    private Optional<InteractiveAssessment.Outcome> collect(MaturityContent maturity, Optional<Answers> answers,
                                                             Optional<TeamProfile> profile) throws IOException {
        if (answers.isPresent()) {
            return Optional.of(new InteractiveAssessment.Outcome(answers.get(), profile));
        }
        var outcome = new InteractiveAssessment(maturity.questionnaire(), context.in(), context.out(), profile.isEmpty()).run();
        context.out().println();
        if (outcome.isEmpty()) {
            context.out().println("Stopped. Nothing was saved.");
            return outcome;
        }
        return Optional.of(new InteractiveAssessment.Outcome(outcome.get().answers(), profile.or(() -> outcome.get().profile())));
    }

    private void print(AssessmentResult result, MaturityContent maturity) {
        context.out().print(format == OutputFormat.JSON
                ? Json.write(ResultJson.of(result, maturity))
                : new ResultReport(maturity, format.markup()).render(result));
    }
}
