package dev.mlopsguide.cli;

import dev.mlopsguide.report.Json;
import dev.mlopsguide.report.StepsReport;
import dev.mlopsguide.report.Wording;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "steps", mixinStandardHelpOptions = true,
        description = {"The next steps teams adopted in Slack: team, step, owner, due date, status, whether it is",
                "overdue, the question it lifts and its issue; as a table, CSV for a spreadsheet, or JSON."})
final class StepsCommand implements Callable<Integer> {

    /** What the steps are printed as. */
    enum Format { TEXT, CSV, JSON }

    private final CliContext context;

    @Mixin
    ContentOptions content;

    @Option(names = "--workspace", paramLabel = "ID", description = "One Slack workspace (its T... id; default: every "
            + "workspace in the database).")
    String workspace;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    StepsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (var application = StoreAccess.application(context, content)) {
            var store = application.store();
            var catalogue = application.content();
            var names = new HashMap<String, String>();
            var lines = store.adoptedSteps().ofWorkspace(Optional.ofNullable(workspace)).stream().flatMap(step ->
                    application.teams().byId(step.teamId()).stream().map(team -> {
                        names.putAll(store.people().names(team.key().workspaceId()));
                        var question = step.questionId().flatMap(id -> catalogue.questionnaire().question(id))
                                .map(q -> q.text()).orElse("");
                        return new StepsReport.Line(team.name(), catalogue.nextStepTitle(step.stepId()), question, step);
                    })).toList();
            var report = new StepsReport(Wording.plain(names), LocalDate.ofInstant(application.clock().instant(), ZoneId.systemDefault()));
            context.out().print(switch (format) {
                case TEXT -> report.text(lines);
                case CSV -> report.csv(lines);
                case JSON -> Json.write(report.json(lines));
            });
            return 0;
        }
    }
}
