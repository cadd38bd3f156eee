package dev.mlopsguide.cli;

import dev.mlopsguide.config.EncryptionKeys;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.report.Json;
import dev.mlopsguide.slack.install.TokenRevocation;
import dev.mlopsguide.slack.webapi.SlackClients;
import dev.mlopsguide.store.Installations;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TokenCipher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = {"Manage the database: H2 under $MLOPS_GUIDE_DATA_DIR (default ./data), or PostgreSQL at $DATABASE_URL."},
        subcommands = {DbCommand.Migrate.class, DbCommand.Export.class, DbCommand.Delete.class, DbCommand.Rescore.class,
                DbCommand.Reseal.class, DbCommand.ListInstallations.class, DbCommand.Work.class})
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

    /** Whose data a data request is about: a local team by name, or a whole Slack workspace. */
    static final class Subject {
        @Option(names = "--team", paramLabel = "NAME", required = true, description = "The team: " + StoreAccess.TEAM_NAMES + ".")
        String team;

        @Option(names = "--workspace", paramLabel = "ID", required = true,
                description = "A Slack workspace by its id (T...): all its teams and the feedback given there.")
        String workspace;

        String describe() {
            return team != null ? "team '" + team + "'" : "workspace '" + workspace + "'";
        }
    }

    private static UserInputException nothingStored(String workspace) {
        return new UserInputException("nothing is stored for workspace '" + workspace + "'");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write everything stored about a team (profile, assessments, answers, channel assessments, "
                    + "digests) or a Slack workspace (all its teams, and feedback on answers) as JSON."})
    static final class Export implements Callable<Integer> {
        private final CliContext context;

        @ArgGroup(multiplicity = "1")
        Subject subject;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "File to write.")
        Path out;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            try (var store = StoreAccess.open(context)) {
                String summary;
                Object export;
                if (subject.team != null) {
                    var teamExport = store.teamData().export(StoreAccess.existingTeam(store, subject.team));
                    summary = teamExport.assessments().size() + " assessments";
                    export = teamExport;
                } else {
                    var workspaceExport = store.workspaceData().export(subject.workspace)
                            .orElseThrow(() -> nothingStored(subject.workspace));
                    summary = workspaceExport.teams().size() + " teams, " + workspaceExport.feedback().size()
                            + " feedback entries";
                    export = workspaceExport;
                }
                Files.writeString(out, Json.write(export), StandardCharsets.UTF_8);
                context.out().println("Exported " + subject.describe() + " (" + summary + ") to " + out + ".");
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Delete a team, or a Slack workspace, and everything stored about it.",
                    "Asks you to type the team's name or the workspace's id to confirm, unless --yes is given."})
    static final class Delete implements Callable<Integer> {
        private final CliContext context;

        @ArgGroup(multiplicity = "1")
        Subject subject;

        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            try (var store = StoreAccess.open(context)) {
                var team = subject.team == null ? null : StoreAccess.existingTeam(store, subject.team);
                if (team == null && !store.workspaceData().exists(subject.workspace)) {
                    throw nothingStored(subject.workspace);
                }
                if (!yes && !confirmed()) {
                    context.out().println("Not deleted.");
                    return 1;
                }
                String removed;
                if (team != null) {
                    var deleted = store.teamData().delete(team);
                    removed = deleted.assessments() + " assessments, " + deleted.channelAssessments()
                            + " channel assessments, " + deleted.digestSubscriptions() + " digest subscriptions";
                } else {
                    revokeTokens(store);
                    var deleted = store.workspaceData().delete(subject.workspace)
                            .orElseThrow(() -> nothingStored(subject.workspace));
                    removed = deleted.teams() + " teams, " + deleted.assessments() + " assessments, "
                            + deleted.feedback() + " feedback entries, " + deleted.tokens() + " installation rows with tokens";
                }
                context.out().println("Deleted " + subject.describe() + ": " + removed + ".");
                return 0;
            }
        }

        /** With the encryption key at hand (a distributed app), the workspace's token is revoked in Slack first. */
        private void revokeTokens(Store store) {
            if (context.setting(EncryptionKeys.KEY).isEmpty()) {
                return;
            }
            var keys = EncryptionKeys.fromEnvironment(context.env(), "");
            var installations = store.installations(TokenCipher.of(keys));
            var outcome = new TokenRevocation(SlackClients.forApi(SlackSettings.apiUrl(context.env())), installations)
                    .revoke(subject.workspace);
            if (outcome.revoked()) {
                context.out().println("Revoked the app's token in Slack: the app no longer works in " + subject.workspace + ".");
            }
            outcome.error().ifPresent(error -> context.out().println("Could not revoke the app's token in Slack ("
                    + error + "); it is deleted here all the same. Remove the app from the workspace in Slack."));
        }

        private boolean confirmed() throws IOException {
            var name = subject.team != null ? subject.team : subject.workspace;
            context.out().print("This deletes " + subject.describe() + " and all its assessments, for good. Type "
                    + (subject.team != null ? "the team's name" : "the workspace's id") + " to confirm: ");
            context.out().flush();
            var typed = context.in().readLine();
            return typed != null && typed.strip().equals(name);
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
            try (var application = StoreAccess.application(context, content)) {
                var team = StoreAccess.existingTeam(application, teamName);
                var rescored = application.teamAssessor().rescore(team);
                rescored.forEach(r -> context.out().println("assessment " + r.assessmentId() + ": level "
                        + r.levelBefore() + " → " + r.levelAfter()
                        + (r.dropped().isEmpty() ? "" : " (dropped answers: " + String.join(", ", r.dropped()) + ")")));
                context.out().println("Re-scored " + rescored.size() + " assessments of team '" + teamName
                        + "' on questionnaire " + application.content().questionnaire().version() + ".");
                return 0;
            }
        }
    }

    @Command(name = "reseal", mixinStandardHelpOptions = true,
            description = {"Encrypt every stored Slack token again with $" + EncryptionKeys.KEY + ", after a key "
                    + "rotation.", "Tokens sealed with an older key are opened with the keys in $"
                    + EncryptionKeys.PREVIOUS_KEYS + "."})
    static final class Reseal implements Callable<Integer> {
        private final CliContext context;

        Reseal(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var keys = EncryptionKeys.fromEnvironment(context.env(), "it is the key to seal the tokens with");
            try (var store = StoreAccess.open(context)) {
                int rows = store.installations(TokenCipher.of(keys)).resealWithCurrentKey();
                context.out().println("Re-sealed the tokens of " + rows + " installation rows with the current key; "
                        + "the previous keys are no longer needed.");
                return 0;
            } catch (TokenCipher.TokenCipherException e) {
                throw new UserInputException(e.getMessage() + "; add the key that sealed it to "
                        + EncryptionKeys.PREVIOUS_KEYS + " (nothing was changed)");
            }
        }
    }

    @Command(name = "installations", mixinStandardHelpOptions = true,
            description = {"List the workspaces where the distributed app is installed (never their tokens).",
                    "Needs $" + EncryptionKeys.KEY + ", as the stored installations are encrypted."})
    static final class ListInstallations implements Callable<Integer> {
        private final CliContext context;

        ListInstallations(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            var keys = EncryptionKeys.fromEnvironment(context.env(), "the stored installations are encrypted with it");
            try (var store = StoreAccess.open(context)) {
                var bots = store.installations(TokenCipher.of(keys)).listBots();
                context.out().println("Installed in " + bots.size() + " workspace(s) or organisation(s), in "
                        + store.database().settings().description() + (bots.isEmpty() ? "." : ":"));
                for (var bot : bots) {
                    var where = bot.teamId() == null ? bot.enterpriseId() + " (organisation-wide)" : bot.teamId();
                    context.out().println("  " + where + "  " + (bot.name() == null ? "" : bot.name() + "  ")
                            + "installed " + bot.installedAt() + "  " + (!bot.opens()
                            ? "token CANNOT BE OPENED with the current keys: set the key it was sealed with in $"
                            + EncryptionKeys.PREVIOUS_KEYS + ", or install the app there again"
                            : bot.tokenExpiresAt() == null ? "token does not expire"
                            : "token rotates, expires " + Instant.ofEpochMilli(bot.tokenExpiresAt())));
                }
                return bots.stream().allMatch(Installations.Listed::opens) ? 0 : 1;
            }
        }
    }

    @Command(name = "work", mixinStandardHelpOptions = true,
            description = {"Show the follow-up work the app acknowledged and has not done yet, and the work it gave up "
                    + "on, with its error. Exits 1 when some was given up."})
    static final class Work implements Callable<Integer> {
        private final CliContext context;

        Work(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (var store = StoreAccess.open(context)) {
                var work = store.followUps();
                int pending = work.pending();
                var failures = work.failures();
                context.out().println(pending + " piece(s) of follow-up work to do" + work.nextDue()
                        .map(due -> ", the next due at " + due).orElse("") + "; " + failures.size() + " given up"
                        + (failures.isEmpty() ? "." : ":"));
                for (var failed : failures) {
                    context.out().println("  #" + failed.id() + " " + failed.kind() + ", kept at " + failed.createdAt()
                            + ", given up after " + failed.attempts() + " attempt(s): " + failed.error());
                }
                return failures.isEmpty() ? 0 : 1;
            }
        }
    }
}
