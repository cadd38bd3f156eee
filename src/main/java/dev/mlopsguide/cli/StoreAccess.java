package dev.mlopsguide.cli;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.app.StartupTimes;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TeamKind;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Opens the store or the whole application named by the environment, and finds the command line's teams. */
final class StoreAccess {

    static final String DEFAULT_TEAM = "local";
    /** How a --team option names a team, for its help. */
    static final String TEAM_NAMES = "a command line team by name, or a channel's team as #channel";

    private StoreAccess() {
    }

    /** The store alone, for the database's own commands. */
    static Store open(CliContext context) {
        return Store.open(DatabaseSettings.fromEnvironment(context.env()), context.clock());
    }

    /** The application over the store, with the content the options name (and its knowledge, when needed). */
    static Application application(CliContext context, ContentOptions content) {
        return Application.open(context.env(), context.clock(), content.load(context),
                () -> KnowledgeOptions.load(content, context));
    }

    /**
     * As {@link #application(CliContext, ContentOptions)} for a server: the knowledge index is built while the
     * database opens (on two cores, start-up waits for the longer of the two, not for both), and each phase is timed.
     */
    static Application serving(CliContext context, ContentOptions content, StartupTimes times) throws Exception {
        var loaded = times.phase("content", () -> content.load(context));
        var answerer = CompletableFuture.supplyAsync(() -> Application.answerer(loaded,
                KnowledgeOptions.load(content, context), context.env()));
        return times.phase("database", () -> Application.openAnswering(context.env(), context.clock(), loaded,
                () -> joined(answerer)));
    }

    /** The future's value, or the exception it failed with as it was thrown (a knowledge pack's mistakes, say). */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * A team by name: a command line team, or a Slack channel's team as {@code #channel} (or {@code WORKSPACE/#channel}
     * when several workspaces have one); bad input when there is no such team.
     */
    static Team existingTeam(Application application, String name) {
        return existingTeam(application.store(), name);
    }

    static Team existingTeam(Store store, String name) {
        int slash = name.indexOf("/#");
        if (name.startsWith("#") || slash > 0) {
            var workspace = slash > 0 ? name.substring(0, slash) : null;
            var channel = slash > 0 ? name.substring(slash + 1) : name;
            var found = store.teams().named(channel).stream()
                    .filter(t -> workspace == null || t.key().workspaceId().equals(workspace)).toList();
            if (found.size() > 1) {
                throw new UserInputException("several workspaces have a team '" + channel + "': name one of them as "
                        + String.join(" or ", found.stream().map(t -> "'" + t.key().workspaceId() + "/" + channel + "'").toList()));
            }
            return found.stream().findFirst().orElseThrow(() -> new UserInputException("no channel team '" + name
                    + "' in " + store.database().settings().description() + "; a channel's team is named after the "
                    + "channel once someone uses the app there"));
        }
        return store.teams().find(TeamKey.local(name)).orElseThrow(() -> new UserInputException(
                "no team '" + name + "' in " + store.database().settings().description()
                        + "; run 'mlops-guide assess --team " + name + "' first"));
    }

    /** The names of the people of a team's workspace, for a report: none for a command line team. */
    static Map<String, String> names(Application application, Team team) {
        return team.key().kind() == TeamKind.LOCAL ? Map.of()
                : application.store().people().names(team.key().workspaceId());
    }

    /** Who is at the terminal, for the record of who took an assessment. */
    static String user(CliContext context) {
        return context.setting("USER").orElse("local");
    }
}
