package dev.mlopsguide.cli;

import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.AssessmentResult;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.content.InputFiles;
import dev.mlopsguide.report.Json;
import dev.mlopsguide.report.ResultJson;
import dev.mlopsguide.report.ResultReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Run the MLOps maturity assessment.",
                "Without --answers it asks the questions one by one in the terminal, then the team profile."})
final class AssessCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ContentOptions content;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "YAML or JSON file of {questionId: optionId}; skips the questions.")
    Path answersFile;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "YAML or JSON team profile (stage, models_in_production, retraining, serving, availability, regulated).")
    Path profileFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "5",
            description = "Most next steps to show (default: ${DEFAULT-VALUE}).")
    int stepLimit;

    AssessCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (stepLimit < 1) {
            throw new UserInputException("--steps must be at least 1");
        }
        var maturity = content.load(context);
        var profile = Optional.ofNullable(profileFile).map(InputFiles::readProfile);
        Answers answers;
        if (answersFile != null) {
            answers = InputFiles.readAnswers(answersFile, maturity.questionnaire());
        } else {
            var outcome = new InteractiveAssessment(maturity.questionnaire(), context.in(), context.out(), profile.isEmpty()).run();
            if (outcome.isEmpty()) {
                context.out().println();
                context.out().println("Stopped. Nothing was saved.");
                return 1;
            }
            answers = outcome.get().answers();
            profile = profile.or(() -> outcome.get().profile());
            context.out().println();
        }
        print(new Assessor(maturity).assess(answers, profile, stepLimit), maturity);
        return 0;
    }

    private void print(AssessmentResult result, MaturityContent maturity) {
        context.out().print(format == OutputFormat.JSON
                ? Json.write(ResultJson.of(result, maturity))
                : new ResultReport(maturity, format.markup()).render(result));
    }
}
