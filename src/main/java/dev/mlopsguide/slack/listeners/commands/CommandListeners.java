package dev.mlopsguide.slack.listeners.commands;

import com.slack.api.bolt.App;
import dev.mlopsguide.slack.SlackFeatures;
import dev.mlopsguide.slack.listeners.commands.CommandText.Kind;
import java.util.Map;

/** The app's slash command and its subcommands. */
public final class CommandListeners {

    private CommandListeners() {
    }

    public static void register(App app, SlackFeatures features) {
        app.command(MlopsAssessCommand.COMMAND, new MlopsAssessCommand(Map.of(
                Kind.ASSESS, new OpenAssessment(features.work(), features.modal()),
                Kind.TEAM, new InTeamChannel("team", new StartTeamThread(features.thread())),
                Kind.PROFILE, new InTeamChannel("profile", new OpenProfile(features.work(), features.profile())),
                Kind.RESULTS, new InTeamChannel("results", new ShowResults(features.replies())),
                Kind.HISTORY, new InTeamChannel("history", new ShowHistory(features.replies())),
                Kind.EXPLAIN, new ExplainTopic(features.replies()),
                Kind.ASK, new AskQuestion(features.questions()),
                Kind.DIGEST, new InTeamChannel("digest", new DigestSubcommand(features.work(), features.digests())),
                Kind.SETTINGS, new SettingsSubcommand(features.work(), features.settings()),
                Kind.HELP, new ShowHelp())));
    }
}
