package dev.mlopsguide.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTextTest {

    @Test
    void eachSubcommandIsRecognised() {
        assertThat(CommandText.parse("")).isEqualTo(new CommandText.Assess());
        assertThat(CommandText.parse("   ")).isEqualTo(new CommandText.Assess());
        assertThat(CommandText.parse("Team")).isEqualTo(new CommandText.Team());
        assertThat(CommandText.parse("profile")).isEqualTo(new CommandText.Profile());
        assertThat(CommandText.parse("results")).isEqualTo(new CommandText.Results());
        assertThat(CommandText.parse("history")).isEqualTo(new CommandText.History());
        assertThat(CommandText.parse("explain  TRAIN")).isEqualTo(new CommandText.Explain("train"));
        assertThat(CommandText.parse("explain")).isEqualTo(new CommandText.Explain(""));
        assertThat(CommandText.parse("ask how do we detect drift?")).isEqualTo(new CommandText.Ask("how do we detect drift?"));
        assertThat(CommandText.parse("digest on #ml monday 09:00")).isEqualTo(new CommandText.Digest("on #ml monday 09:00"));
        assertThat(CommandText.parse("help")).isEqualTo(new CommandText.Help(""));
    }

    @Test
    void unknownTextAsksForHelpAndKeepsTheText() {
        assertThat(CommandText.parse("frobnicate the models")).isEqualTo(new CommandText.Help("frobnicate the models"));
    }
}
