package dev.mlopsguide.slack.listeners.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.metrics.Metrics;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {

    @Test
    @SuppressWarnings("rawtypes")
    void everyRequestIsTimedWithItsTypeAndStatus() throws Exception {
        var metrics = mock(Metrics.class);
        var request = mock(Request.class);
        when(request.getRequestType()).thenReturn(RequestType.Command);
        var chain = mock(MiddlewareChain.class);
        when(chain.next(request)).thenReturn(Response.builder().statusCode(200).build());

        var response = new RequestMetrics(metrics).apply(request, Response.ok(), chain);

        assertThat(response.getStatusCode()).isEqualTo(200);
        verify(metrics).request(eq("Command"), eq(200), any());
    }
}
