package dev.mlopsguide.cli;

import dev.mlopsguide.report.ExplainReport;
import dev.mlopsguide.report.Json;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a step of an ML project (design, train, operate) or the maturity levels.")
final class ExplainCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ContentOptions content;

    @Parameters(paramLabel = "TOPIC", description = "design, train, operate or levels.")
    String topic;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    ExplainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var maturity = content.load(context);
        var report = new ExplainReport(format.markup());
        if (topic.equalsIgnoreCase("levels")) {
            context.out().print(format == OutputFormat.JSON ? Json.write(maturity.levels()) : report.levels(maturity.levels()));
            return 0;
        }
        var step = maturity.step(topic.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UserInputException(
                "unknown topic '" + topic + "'; use one of: "
                        + String.join(", ", maturity.lifecycle().stream().map(s -> s.id()).toList()) + ", levels"));
        context.out().print(format == OutputFormat.JSON ? Json.write(step) : report.step(step));
        return 0;
    }
}
