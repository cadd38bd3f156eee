package dev.mlopsguide.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.mlopsguide.slack.BackgroundWork;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Work a request starts waits for the request's response to be sent, and the queue's room is still known at once. */
class ResponseFirstTest {

    @Test
    void workStartedByARequestStartsOnceItsResponseIsSent() throws Exception {
        var events = new CopyOnWriteArrayList<String>();
        var done = new CountDownLatch(1);
        var response = responseNoting(events);
        try (var work = new BackgroundWork(2, 10)) {
            ResponseFirst.handle(response, () -> {
                assertThat(work.submit("after the ack", () -> {
                    events.add("work");
                    done.countDown();
                })).isTrue();
                events.add("handled");
                response.getWriter().write("{}");
            });
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(events).containsExactly("handled", "response sent", "work");
    }

    @Test
    void workIsRefusedInTheAckWhenTheQueueHasNoRoomForWhatTheRequestHolds() throws Exception {
        var release = new CountDownLatch(1);
        var ran = new CopyOnWriteArrayList<String>();
        try (var work = new BackgroundWork(1, 1)) {
            work.submit("busy", () -> await(release));
            var accepted = new CopyOnWriteArrayList<Boolean>();
            ResponseFirst.handle(responseNoting(new CopyOnWriteArrayList<>()), () -> {
                accepted.add(work.submit("queued", () -> ran.add("queued")));
                accepted.add(work.submit("one too many", () -> ran.add("one too many")));
            });
            assertThat(accepted).containsExactly(true, false);
            release.countDown();
        }
        assertThat(ran).containsExactly("queued");
    }

    @Test
    void outsideARequestWorkStartsAtOnce() throws Exception {
        var done = new CountDownLatch(1);
        try (var work = new BackgroundWork(1, 1)) {
            assertThat(ResponseFirst.responding()).isFalse();
            work.submit("scheduled work", done::countDown);
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A response whose writer notes when it is closed, which sends the response. */
    private static HttpServletResponse responseNoting(List<String> events) throws Exception {
        var response = mock(HttpServletResponse.class);
        var writer = new PrintWriter(new StringWriter()) {
            @Override
            public void close() {
                events.add("response sent");
                super.close();
            }
        };
        when(response.getWriter()).thenReturn(writer);
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
