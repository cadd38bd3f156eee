package dev.mlopsguide.cli;

import dev.mlopsguide.app.Application;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.TeamKey;

/** Opens the store or the whole application named by the environment, and finds the command line's teams. */
final class StoreAccess {

    static final String DEFAULT_TEAM = "local";

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

    /** The local team by name; bad input when it has never been assessed. */
    static Team existingTeam(Application application, String name) {
        return existingTeam(application.store(), name);
    }

    static Team existingTeam(Store store, String name) {
        return store.teams().find(TeamKey.local(name)).orElseThrow(() -> new UserInputException(
                "no team '" + name + "' in " + store.database().settings().description()
                        + "; run 'mlops-guide assess --team " + name + "' first"));
    }

    /** Who is at the terminal, for the record of who took an assessment. */
    static String user(CliContext context) {
        return context.setting("USER").orElse("local");
    }
}
