package dev.mlopsguide.slack.listeners.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OnTheRequestThreadTest {

    @Test
    void aTaskRunsOnTheSubmittingThreadBeforeSubmitReturns() throws Exception {
        var executor = new OnTheRequestThread();
        var ranOn = new AtomicReference<Thread>();

        var future = executor.submit(() -> ranOn.set(Thread.currentThread()));

        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
        assertThat(future.isDone()).isTrue();
        executor.shutdown();
        assertThat(executor.isShutdown()).isTrue();
        assertThat(executor.awaitTermination(1, TimeUnit.SECONDS)).isTrue();
    }
}
