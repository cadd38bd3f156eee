package dev.mlopsguide.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StartupTimesTest {

    @Test
    void eachPhaseIsListedInOrderAfterTheLaunch() throws Exception {
        var times = new StartupTimes();

        var value = times.phase("content", () -> 42);
        times.lap("Slack clients");

        assertThat(value).isEqualTo(42);
        assertThat(times.summary()).matches("launch \\d+\\.\\d s, content \\d+\\.\\d s, Slack clients \\d+\\.\\d s");
        assertThat(StartupTimes.sinceProcessStart()).isPositive();
    }

    @Test
    void aPhaseThatFailsIsNotListed() {
        var times = new StartupTimes();

        assertThatThrownBy(() -> times.phase("database", () -> {
            throw new IllegalStateException("down");
        })).hasMessage("down");
        assertThat(times.summary()).doesNotContain("database");
    }
}
