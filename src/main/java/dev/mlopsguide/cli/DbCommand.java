package dev.mlopsguide.cli;

import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.report.Json;
import dev.mlopsguide.team.TeamAssessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = {"Manage the database: H2 under $MLOPS_GUIDE_DATA_DIR (default ./data), or PostgreSQL at $DATABASE_URL."},
        subcommands = {DbCommand.Migrate.class, DbCommand.Export.class, DbCommand.Delete.class, DbCommand.Rescore.class})
final class DbCommand {

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Create or upgrade the schema to the latest version.")
    static final class Migrate implements Callable<Integer> {
        private final CliContext context;

        Migrate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (var store = StoreAccess.open(context)) {
                var database = store.database();
                context.out().println(database.settings().description() + " is at schema version " + database.schemaVersion() + ".");
                return 0;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write everything stored about a team (profile, assessments, answers, channel assessments, digests) as JSON.")
    static final class Export implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--team", paramLabel = "NAME", required = true, description = "Team to export.")
        String teamName;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "File to write.")
        Path out;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            try (var store = StoreAccess.open(context)) {
                var team = StoreAccess.existingTeam(store, teamName);
                var export = store.teamData().export(team);
                Files.writeString(out, Json.write(export), StandardCharsets.UTF_8);
                context.out().println("Exported team '" + teamName + "' (" + export.assessments().size()
                        + " assessments) to " + out + ".");
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Delete a team and everything stored about it.",
                    "Asks you to type the team's name to confirm, unless --yes is given."})
    static final class Delete implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--team", paramLabel = "NAME", required = true, description = "Team to delete.")
        String teamName;

        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            try (var store = StoreAccess.open(context)) {
                var team = StoreAccess.existingTeam(store, teamName);
                if (!yes) {
                    context.out().print("This deletes team '" + teamName + "' and all its assessments, for good. "
                            + "Type the team's name to confirm: ");
                    context.out().flush();
                    var typed = context.in().readLine();
                    if (typed == null || !typed.strip().equals(teamName)) {
                        context.out().println("Not deleted.");
                        return 1;
                    }
                }
                var deleted = store.teamData().delete(team);
                context.out().println("Deleted team '" + teamName + "': " + deleted.assessments() + " assessments, "
                        + deleted.channelAssessments() + " channel assessments, " + deleted.digestSubscriptions()
                        + " digest subscriptions.");
                return 0;
            }
        }
    }

    @Command(name = "rescore", mixinStandardHelpOptions = true,
            description = {"Score a team's assessments again on the current questionnaire.",
                    "Answers to questions or options that no longer exist are dropped (and listed)."})
    static final class Rescore implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        ContentOptions content;

        @Option(names = "--team", paramLabel = "NAME", required = true, description = "Team to re-score.")
        String teamName;

        Rescore(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var maturity = content.load(context);
            try (var store = StoreAccess.open(context)) {
                var team = StoreAccess.existingTeam(store, teamName);
                var rescored = new TeamAssessor(new Assessor(maturity), store).rescore(team);
                rescored.forEach(r -> context.out().println("assessment " + r.assessmentId() + ": level "
                        + r.levelBefore() + " → " + r.levelAfter()
                        + (r.dropped().isEmpty() ? "" : " (dropped answers: " + String.join(", ", r.dropped()) + ")")));
                context.out().println("Re-scored " + rescored.size() + " assessments of team '" + teamName
                        + "' on questionnaire " + maturity.questionnaire().version() + ".");
                return 0;
            }
        }
    }
}
