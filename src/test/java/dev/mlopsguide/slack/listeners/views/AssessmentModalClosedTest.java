package dev.mlopsguide.slack.listeners.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.slack.api.bolt.context.builtin.DefaultContext;
import com.slack.api.bolt.request.builtin.ViewClosedRequest;
import org.junit.jupiter.api.Test;

class AssessmentModalClosedTest {

    @Test
    void aClosedModalIsOnlyAcknowledged() {
        var ack = new AssessmentModalClosed().apply(mock(ViewClosedRequest.class), new DefaultContext());

        assertThat(ack.getStatusCode()).isEqualTo(200);
        assertThat(ack.getBody()).isNullOrEmpty();
    }
}
