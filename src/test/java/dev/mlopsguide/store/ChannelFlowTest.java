package dev.mlopsguide.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** When those waiting on a team thread may be told how it ended. */
class ChannelFlowTest {

    @Test
    void aFinishedThreadHasItsOutcomeOnlyOnceItIsScored() {
        assertThat(flow(ChannelFlow.Status.OPEN, OptionalLong.empty()).hasOutcome()).isFalse();
        // Confirmed or closed, its scoring follow-up not run yet: telling now would say "no result".
        assertThat(flow(ChannelFlow.Status.FINISHED, OptionalLong.empty()).hasOutcome()).isFalse();
        assertThat(flow(ChannelFlow.Status.FINISHED, OptionalLong.of(7)).hasOutcome()).isTrue();
        assertThat(flow(ChannelFlow.Status.CANCELLED, OptionalLong.empty()).hasOutcome()).isTrue();
        assertThat(flow(ChannelFlow.Status.FINISHED, OptionalLong.of(7)).isScored()).isTrue();
        assertThat(flow(ChannelFlow.Status.FINISHED, OptionalLong.empty()).isScored()).isFalse();
    }

    private static ChannelFlow flow(ChannelFlow.Status status, OptionalLong assessment) {
        var at = Instant.parse("2026-12-01T10:00:00Z");
        return new ChannelFlow(1, 2, "C1", "1.1", "v", "U1", status, at, at, assessment, ChannelFlow.Kind.CHECK_IN, 0,
                Optional.empty(), Optional.of("1.2"), false);
    }
}
