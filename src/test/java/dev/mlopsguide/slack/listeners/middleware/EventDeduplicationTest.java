package dev.mlopsguide.slack.listeners.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.store.ProcessedEvents;
import org.junit.jupiter.api.Test;

class EventDeduplicationTest {

    private final ProcessedEvents processed = mock(ProcessedEvents.class);
    private final MiddlewareChain chain = mock(MiddlewareChain.class);

    @Test
    @SuppressWarnings("rawtypes")
    void aRepeatedEventIsAcknowledgedAndGoesNoFurther() throws Exception {
        var request = event("{\"event_id\":\"Ev1\"}");
        when(processed.firstTime("Ev1")).thenReturn(false);

        var response = new EventDeduplication(processed).apply(request, Response.ok(), chain);

        assertThat(response.getStatusCode()).isEqualTo(200);
        verify(chain, never()).next(request);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void aNewEventGoesOnToItsListener() throws Exception {
        var request = event("{\"event_id\":\"Ev2\"}");
        when(processed.firstTime("Ev2")).thenReturn(true);
        var handled = Response.ok("handled");
        when(chain.next(request)).thenReturn(handled);

        assertThat(new EventDeduplication(processed).apply(request, Response.ok(), chain)).isSameAs(handled);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void anEventWhoseListenerFailsIsForgottenSoThatSlacksRetryIsHandled() throws Exception {
        var failing = event("{\"event_id\":\"Ev3\"}");
        when(processed.firstTime("Ev3")).thenReturn(true);
        when(chain.next(failing)).thenThrow(new IllegalStateException("database down"));

        assertThatThrownBy(() -> new EventDeduplication(processed).apply(failing, Response.ok(), chain))
                .isInstanceOf(IllegalStateException.class);
        verify(processed).forget("Ev3");

        var erroring = event("{\"event_id\":\"Ev4\"}");
        when(processed.firstTime("Ev4")).thenReturn(true);
        when(chain.next(erroring)).thenReturn(Response.builder().statusCode(500).build());
        new EventDeduplication(processed).apply(erroring, Response.ok(), chain);
        verify(processed).forget("Ev4");
    }

    @SuppressWarnings("rawtypes")
    private static Request event(String body) {
        var request = mock(Request.class);
        when(request.getRequestType()).thenReturn(RequestType.Event);
        when(request.getRequestBodyAsString()).thenReturn(body);
        return request;
    }
}
