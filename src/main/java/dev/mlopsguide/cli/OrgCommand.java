package dev.mlopsguide.cli;

import dev.mlopsguide.report.Json;
import dev.mlopsguide.report.OrgJson;
import dev.mlopsguide.report.OrgReport;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "org", mixinStandardHelpOptions = true,
        description = {"Every assessed team at a glance: level, target, gap, areas, last assessed and change; the teams",
                "below target, the practices that hold most teams back (with the steps that lift them), the weakest areas."})
final class OrgCommand implements Callable<Integer> {

    /** What the roll-up is printed as. */
    enum Format { TEXT, MARKDOWN, JSON, CSV }

    private final CliContext context;

    @Mixin
    ContentOptions content;

    @Option(names = "--workspace", paramLabel = "ID", description = "One Slack workspace (its T... id), or 'local' for "
            + "the command line's teams (default: every team in the database).")
    String workspace;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or csv (a spreadsheet's rows; default: ${DEFAULT-VALUE}).")
    Format format;

    OrgCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (var application = StoreAccess.application(context, content)) {
            var rollUp = application.org().rollUp(Optional.ofNullable(workspace));
            var report = new OrgReport(application.content().questionnaire().areas(), ZoneId.systemDefault());
            context.out().print(switch (format) {
                case TEXT -> report.text(rollUp, false);
                case MARKDOWN -> report.text(rollUp, true);
                case JSON -> Json.write(OrgJson.of(rollUp));
                case CSV -> report.csv(rollUp);
            });
            return 0;
        }
    }
}
