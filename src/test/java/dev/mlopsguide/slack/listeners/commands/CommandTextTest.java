package dev.mlopsguide.slack.listeners.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlopsguide.slack.listeners.commands.CommandText.Kind;
import org.junit.jupiter.api.Test;

class CommandTextTest {

    @Test
    void eachSubcommandIsRecognised() {
        assertThat(CommandText.parse("")).isEqualTo(new CommandText(Kind.ASSESS, ""));
        assertThat(CommandText.parse("   ")).isEqualTo(new CommandText(Kind.ASSESS, ""));
        assertThat(CommandText.parse("Team")).isEqualTo(new CommandText(Kind.TEAM, ""));
        assertThat(CommandText.parse("profile")).isEqualTo(new CommandText(Kind.PROFILE, ""));
        assertThat(CommandText.parse("results")).isEqualTo(new CommandText(Kind.RESULTS, ""));
        assertThat(CommandText.parse("history")).isEqualTo(new CommandText(Kind.HISTORY, ""));
        assertThat(CommandText.parse("explain  TRAIN")).isEqualTo(new CommandText(Kind.EXPLAIN, "train"));
        assertThat(CommandText.parse("explain")).isEqualTo(new CommandText(Kind.EXPLAIN, ""));
        assertThat(CommandText.parse("ask how do we detect drift?")).isEqualTo(new CommandText(Kind.ASK, "how do we detect drift?"));
        assertThat(CommandText.parse("digest on #ml monday 09:00")).isEqualTo(new CommandText(Kind.DIGEST, "on #ml monday 09:00"));
        assertThat(CommandText.parse("help")).isEqualTo(new CommandText(Kind.HELP, ""));
    }

    @Test
    void unknownTextAsksForHelpAndKeepsTheText() {
        assertThat(CommandText.parse("frobnicate the models")).isEqualTo(new CommandText(Kind.HELP, "frobnicate the models"));
    }
}
