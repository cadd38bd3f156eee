package dev.mlopsguide.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Outside text meets mrkdwn only through these, and nothing in it can become markup. */
class MrkdwnTest {

    @Test
    void controlCharactersAreEscaped() {
        assertThat(Mrkdwn.escape("<!channel> & <@U1|x>")).isEqualTo("&lt;!channel&gt; &amp; &lt;@U1|x&gt;");
    }

    @Test
    void aCodeSpanCannotBeEndedEarlyAndStaysShort() {
        assertThat(Mrkdwn.code("a` *bold* <!here>")).isEqualTo("`a' *bold* &lt;!here&gt;`");
        assertThat(Mrkdwn.code("line\nbreak")).isEqualTo("`line break`");
        var echoed = Mrkdwn.code("x".repeat(500_000));
        assertThat(echoed).hasSize(62).endsWith("…`");
    }

    @Test
    void aCodeBlockCannotBeClosedEarly() {
        assertThat(Mrkdwn.codeBlock("#team```<!channel>", 100)).isEqualTo("```#team'''&lt;!channel&gt;```");
        assertThat(Mrkdwn.codeBlock("y".repeat(5_000), 3_000)).hasSize(3_000);
    }

    @Test
    void aLinkFromOutsideCannotEndEarlyOrAddMarkup() {
        assertThat(Mrkdwn.link("https://tracker.example/x|<!channel>", "an *issue* <@U1>"))
                .isEqualTo("<https://tracker.example/x%7C%3C!channel%3E|an *issue* &lt;@U1&gt;>");
    }
}
