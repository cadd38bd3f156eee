package dev.mlopsguide.slack.listeners.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestArgumentsTest {

    @Test
    void onDefaultsToThisChannelOnMondayAtNine() throws Exception {
        assertThat(DigestArguments.parse("on")).isEqualTo(new DigestArguments(DigestArguments.Action.ON, Optional.empty(),
                DayOfWeek.MONDAY, LocalTime.of(9, 0)));
    }

    @Test
    void aChannelWeekdayAndTimeCanBeGivenInAnyOrder() throws Exception {
        assertThat(DigestArguments.parse("on 16:30 <#C024BE91L|ml-platform> fri")).isEqualTo(new DigestArguments(
                DigestArguments.Action.ON, Optional.of("C024BE91L"), DayOfWeek.FRIDAY, LocalTime.of(16, 30)));
        assertThat(DigestArguments.parse("off <#C1>").channelId()).contains("C1");
        assertThat(DigestArguments.parse("preview").action()).isEqualTo(DigestArguments.Action.PREVIEW);
        assertThat(DigestArguments.parse("on wednesday 8:05").time()).isEqualTo(LocalTime.of(8, 5));
    }

    @Test
    void mistakesSayWhatToWrite() {
        assertThatThrownBy(() -> DigestArguments.parse("")).hasMessageContaining("/mlops-assess digest on [#channel]");
        assertThatThrownBy(() -> DigestArguments.parse("maybe")).hasMessageStartingWith("I don't know `digest maybe`");
        assertThatThrownBy(() -> DigestArguments.parse("on 25:00")).hasMessageContaining("not a time of day");
        assertThatThrownBy(() -> DigestArguments.parse("on #general")).hasMessageStartingWith("Pick the channel from the list");
    }
}
