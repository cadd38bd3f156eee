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
        app.command(MlopsAssessCommand.COMMAND, new MlopsAssessCommand(Map.ofEntries(
                Map.entry(Kind.ASSESS, new OpenAssessment(features.work(), features.modal())),
                Map.entry(Kind.TEAM, new InTeamChannel("team", new StartTeamThread(features.thread()))),
                Map.entry(Kind.PROFILE, new InTeamChannel("profile", new OpenProfile(features.work(), features.profile()))),
                Map.entry(Kind.RESULTS, new InTeamChannel("results", new ShowResults(features.replies()))),
                Map.entry(Kind.HISTORY, new InTeamChannel("history", new ShowHistory(features.replies()))),
                Map.entry(Kind.EXPLAIN, new ExplainTopic(features.replies())),
                Map.entry(Kind.ASK, new AskQuestion(features.questions())),
                Map.entry(Kind.DIGEST, new InTeamChannel("digest", new DigestSubcommand(features.work(), features.digests()))),
                Map.entry(Kind.SETTINGS, new SettingsSubcommand(features.work(), features.settings())),
                Map.entry(Kind.ORG, new OrgSubcommand(features.work(), features.org())),
                Map.entry(Kind.CADENCE, new InTeamChannel("cadence", new SetCadence(features.rhythm()))),
                Map.entry(Kind.STEPS, new InTeamChannel("steps", new ShowSteps(features.steps()))),
                Map.entry(Kind.HELP, new ShowHelp()))));
    }
}
