package dev.mlopsguide.slack.listeners.middleware;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.command;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.team.Names;
import org.junit.jupiter.api.Test;

class NamesSeenTest {

    private final Names names = mock(Names.class);
    private final MiddlewareChain chain = mock(MiddlewareChain.class);

    @Test
    void aCommandsPersonAndChannelNamesAreWrittenAfterTheListenerAnswered() throws Exception {
        var request = command("results");
        request.getPayload().setUserName("alice");
        when(chain.next(request)).thenReturn(Response.builder().statusCode(200).build());
        when(names.isNew(WORKSPACE, "U1", "alice")).thenReturn(true);
        when(names.isNew(WORKSPACE, "C1", "ml-platform")).thenReturn(true);

        var response = new NamesSeen(names, inlineWork()).apply(request, Response.ok(), chain);

        assertThat(response.getStatusCode()).isEqualTo(200);
        verify(names).person(WORKSPACE, "U1", "alice");
        verify(names).channel(WORKSPACE, "C1", "ml-platform");
    }

    @Test
    void namesAlreadyKnownAreNotWrittenAgain() throws Exception {
        var request = command("results");
        request.getPayload().setUserName("alice");
        when(chain.next(request)).thenReturn(Response.ok());

        new NamesSeen(names, inlineWork()).apply(request, Response.ok(), chain);

        verify(names, never()).person(any(), any(), any());
        verify(names, never()).channel(any(), any(), any());
    }
}
