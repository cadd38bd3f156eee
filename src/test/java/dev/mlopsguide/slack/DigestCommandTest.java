package dev.mlopsguide.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestCommandTest {

    @Test
    void onDefaultsToThisChannelOnMondayAtNine() throws Exception {
        assertThat(DigestCommand.parse("on")).isEqualTo(new DigestCommand(DigestCommand.Action.ON, Optional.empty(),
                DayOfWeek.MONDAY, LocalTime.of(9, 0)));
    }

    @Test
    void aChannelWeekdayAndTimeCanBeGivenInAnyOrder() throws Exception {
        assertThat(DigestCommand.parse("on 16:30 <#C024BE91L|ml-platform> fri")).isEqualTo(new DigestCommand(
                DigestCommand.Action.ON, Optional.of("C024BE91L"), DayOfWeek.FRIDAY, LocalTime.of(16, 30)));
        assertThat(DigestCommand.parse("off <#C1>").channelId()).contains("C1");
        assertThat(DigestCommand.parse("preview").action()).isEqualTo(DigestCommand.Action.PREVIEW);
        assertThat(DigestCommand.parse("on wednesday 8:05").time()).isEqualTo(LocalTime.of(8, 5));
    }

    @Test
    void mistakesSayWhatToWrite() {
        assertThatThrownBy(() -> DigestCommand.parse("")).hasMessageContaining("/mlops-assess digest on [#channel]");
        assertThatThrownBy(() -> DigestCommand.parse("maybe")).hasMessageStartingWith("I don't know `digest maybe`");
        assertThatThrownBy(() -> DigestCommand.parse("on 25:00")).hasMessageContaining("not a time of day");
        assertThatThrownBy(() -> DigestCommand.parse("on #general")).hasMessageStartingWith("Pick the channel from the list");
    }
}
