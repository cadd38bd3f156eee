package dev.mlopsguide.cli;

import dev.mlopsguide.digest.DigestWeek;
import dev.mlopsguide.report.DigestJson;
import dev.mlopsguide.report.DigestReport;
import dev.mlopsguide.report.Json;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Print the weekly maturity digest the app would post for a team.")
final class DigestCliCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ContentOptions content;

    @Option(names = "--team", paramLabel = "NAME", defaultValue = StoreAccess.DEFAULT_TEAM,
            description = "Team: " + StoreAccess.TEAM_NAMES + " (default: ${DEFAULT-VALUE}).")
    String teamName;

    @Option(names = "--week", paramLabel = "WEEK", description = "ISO week such as 2026-W48 (default: the week so far).")
    String week;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    DigestCliCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var zone = ZoneId.systemDefault();
        DigestWeek period;
        try {
            var now = context.clock().instant();
            period = week == null ? DigestWeek.containing(now, zone).withEnd(now) : DigestWeek.parse(week, zone);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--week: " + e.getMessage());
        }
        try (var application = StoreAccess.application(context, content)) {
            var team = StoreAccess.existingTeam(application, teamName);
            var digest = application.digests().compose(team, period);
            context.out().print(format == OutputFormat.JSON ? Json.write(DigestJson.of(digest))
                    : DigestReport.text(digest, StoreAccess.names(application, team)));
            return 0;
        }
    }
}
