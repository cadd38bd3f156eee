package dev.mlopsguide.cli;

import dev.mlopsguide.report.HistoryJson;
import dev.mlopsguide.report.HistoryReport;
import dev.mlopsguide.report.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Show a team's results over time, and the change per area between two dates.",
                "By default the change runs from the first assessment to now."})
final class HistoryCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ContentOptions content;

    @Option(names = "--team", paramLabel = "NAME", defaultValue = StoreAccess.DEFAULT_TEAM,
            description = "Team to show: " + StoreAccess.TEAM_NAMES + " (default: ${DEFAULT-VALUE}).")
    String teamName;

    @Option(names = "--from", paramLabel = "DATE", description = "Start of the comparison, YYYY-MM-DD (start of that day).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "End of the comparison, YYYY-MM-DD (end of that day).")
    String to;

    @Option(names = "--json", description = "Print JSON: the assessments, and the change overall and per area.")
    boolean json;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var zone = ZoneId.systemDefault();
        try (var application = StoreAccess.application(context, content)) {
            var questionnaire = application.content().questionnaire();
            var team = StoreAccess.existingTeam(application, teamName);
            var history = application.results().history(team);
            var start = from == null
                    ? history.records().stream().findFirst().map(r -> r.takenAt()).orElse(Instant.EPOCH)
                    : date("--from", from).atStartOfDay(zone).toInstant();
            var end = to == null ? context.clock().instant() : date("--to", to).plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
            if (end.isBefore(start)) {
                throw new UserInputException("--to must not be before --from");
            }
            context.out().print(json ? Json.write(HistoryJson.of(teamName, history, start, end, questionnaire))
                    : new HistoryReport(questionnaire, zone).render(teamName, history, start, end,
                    StoreAccess.names(application, team)));
            return 0;
        }
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserInputException(option + " must be a date like 2026-11-27, not '" + text + "'");
        }
    }
}
