package dev.mlopsguide.slack.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** Bounded retries around the Slack client: 429 waits for Retry-After, 5xx backs off, errors are not retried. */
class SlackCallsTest {

    private final List<Duration> slept = new ArrayList<>();
    /** What the observer was told, in order. */
    private final List<String> seen = new ArrayList<>();
    private final SlackCalls.Observer observer = new SlackCalls.Observer() {
        @Override
        public void rateLimited(String method, Duration wait) {
            seen.add(method + " waits " + wait.toSeconds() + " s");
        }

        @Override
        public void finished(String method, String outcome) {
            seen.add(method + " " + outcome);
        }
    };
    private final SlackCalls calls =
            new SlackCalls(new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), slept::add), observer);

    @SuppressWarnings("unchecked")
    private final SlackCalls.Call<ChatPostMessageResponse> call = mock(SlackCalls.Call.class);

    @Test
    void aRateLimitedCallWaitsForRetryAfterThenSucceeds() throws Exception {
        when(call.run()).thenThrow(failure(429, "7")).thenReturn(ok());

        assertThat(calls.call("chat.postMessage", call).isOk()).isTrue();

        verify(call, times(2)).run();
        assertThat(slept).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void serverErrorsAndNetworkErrorsBackOffExponentially() throws Exception {
        when(call.run()).thenThrow(failure(503, null)).thenThrow(new IOException("reset")).thenReturn(ok());

        calls.call("chat.postMessage", call);

        assertThat(slept).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void retriesStopAtTheAttemptLimit() throws Exception {
        when(call.run()).thenThrow(failure(500, null));

        assertThatThrownBy(() -> calls.call("chat.postMessage", call)).isInstanceOf(SlackCallException.class)
                .hasMessageContaining("HTTP 500");
        verify(call, times(4)).run();
    }

    @Test
    void aRetryAfterBeyondTheBudgetIsNotWaitedFor() throws Exception {
        when(call.run()).thenThrow(failure(429, "120"));

        assertThatThrownBy(() -> calls.call("chat.postMessage", call))
                .isInstanceOfSatisfying(SlackCallException.class, e -> assertThat(e.error()).isEqualTo("ratelimited"));
        assertThat(slept).isEmpty();
    }

    @Test
    void anApiErrorIsReportedAtOnceAndKnownAsPermanent() throws Exception {
        var refused = new ChatPostMessageResponse();
        refused.setOk(false);
        refused.setError("channel_not_found");
        when(call.run()).thenReturn(refused);

        assertThatThrownBy(() -> calls.call("chat.postMessage", call))
                .isInstanceOfSatisfying(SlackCallException.class, e -> {
                    assertThat(e.error()).isEqualTo("channel_not_found");
                    assertThat(e.isPermanent()).isTrue();
                });
        verify(call, times(1)).run();
    }

    @Test
    void theObserverSeesRateLimitWaitsAndOneOutcomePerCallNamedByKind() throws Exception {
        var observed = new SlackCalls(new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(30), slept::add),
                observer);
        when(call.run()).thenThrow(failure(429, "3")).thenReturn(ok())
                .thenThrow(failure(502, null), failure(502, null))
                .thenThrow(new IOException("connection reset by 10.0.0.7"), new IOException("again"));

        observed.call("chat.postMessage", call);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> observed.call("chat.postMessage", call)).isInstanceOf(SlackCallException.class);
        }

        assertThat(seen).containsExactly("chat.postMessage waits 3 s", "chat.postMessage ok",
                "chat.postMessage http_502", "chat.postMessage network_error");
    }

    private static ChatPostMessageResponse ok() {
        var response = new ChatPostMessageResponse();
        response.setOk(true);
        return response;
    }

    @Test
    void aPostInDoubtIsNotRepeatedWhenItTookEffect() throws Exception {
        when(call.run()).thenThrow(new SocketTimeoutException("read timed out"));
        var found = ok();
        found.setTs("1700000000.000200");

        var posted = calls.callOnce("chat.postMessage", call, () -> Optional.of(found));

        assertThat(posted.getTs()).isEqualTo("1700000000.000200");
        verify(call, times(1)).run();
        assertThat(slept).isEmpty();
    }

    @Test
    void aPostInDoubtThatLeftNoTraceIsTriedAgain() throws Exception {
        when(call.run()).thenThrow(failure(503, null)).thenReturn(ok());
        var lookups = new ArrayList<String>();

        calls.callOnce("chat.postMessage", call, () -> {
            lookups.add("looked");
            return Optional.empty();
        });

        verify(call, times(2)).run();
        assertThat(lookups).hasSize(1);
    }

    @Test
    void aRateLimitedPostIsNotLookedForBecauseSlackDidNothing() throws Exception {
        when(call.run()).thenThrow(failure(429, "1")).thenReturn(ok());

        calls.callOnce("chat.postMessage", call, () -> {
            throw new AssertionError("a 429 took no effect: nothing to look for");
        });

        verify(call, times(2)).run();
    }

    @Test
    void aCallWhoseEffectCannotBeLookedForFailsInDoubtInsteadOfRepeating() throws Exception {
        when(call.run()).thenThrow(new SocketTimeoutException("read timed out")).thenReturn(ok());

        assertThatThrownBy(() -> calls.callAtMostOnce("views.open", call))
                .isInstanceOfSatisfying(SlackCallException.class, e -> assertThat(e.error()).isEqualTo(SlackCalls.IN_DOUBT));
        verify(call, times(1)).run();
    }

    private static SlackApiException failure(int status, String retryAfter) {
        var builder = new Response.Builder().request(new Request.Builder().url("http://127.0.0.1/api/chat.postMessage").build())
                .protocol(Protocol.HTTP_1_1).code(status).message("status " + status)
                .body(ResponseBody.create("{\"ok\":false,\"error\":\"ratelimited\"}", MediaType.get("application/json")));
        if (retryAfter != null) {
            builder.header("Retry-After", retryAfter);
        }
        return new SlackApiException(builder.build(), "{\"ok\":false,\"error\":\"ratelimited\"}");
    }
}
