package dev.mlopsguide.slack.listeners.views;

import static dev.mlopsguide.slack.listeners.Mocks.WORKSPACE;
import static dev.mlopsguide.slack.listeners.Mocks.inlineWork;
import static dev.mlopsguide.slack.listeners.Mocks.json;
import static dev.mlopsguide.slack.listeners.Mocks.viewContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.flows.AssessmentModal;
import dev.mlopsguide.slack.flows.ChannelNames;
import dev.mlopsguide.slack.flows.ModalReply;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentTeamChosenTest {

    private final MethodsClient client = mock(MethodsClient.class);
    private final AssessmentModal modal = mock(AssessmentModal.class);
    private final ChannelNames names = mock(ChannelNames.class);

    @Test
    void theFirstAreaReplacesTheChoiceAndTheChannelsNameIsLearntAfter() {
        var view = chosen("C7");
        when(modal.teamChosen(WORKSPACE, view)).thenReturn(new ModalReply.Update(
                View.builder().type("modal").callbackId("assessment").build()));

        var ack = new AssessmentTeamChosen(modal, inlineWork(), names).apply(request(view), viewContext(client));

        assertThat(json(ack)).contains("\"response_action\":\"update\"").contains("assessment");
        verify(names).learn(client, WORKSPACE, "C7");
    }

    @Test
    void aRefusedChoiceShowsItsErrorAndLearnsNothing() {
        var view = chosen("DALICE");
        when(modal.teamChosen(WORKSPACE, view)).thenReturn(new ModalReply.Errors(Map.of("team", "Choose your team's channel")));

        var ack = new AssessmentTeamChosen(modal, inlineWork(), names).apply(request(view), viewContext(client));

        assertThat(json(ack)).contains("\"response_action\":\"errors\"").contains("Choose your team's channel");
        verifyNoInteractions(names);
    }

    private static View chosen(String channel) {
        var value = new ViewState.Value();
        value.setSelectedConversation(channel);
        var state = new ViewState();
        state.setValues(Map.of(AssessmentViews.TEAM_BLOCK, Map.of("channel", value)));
        return View.builder().id("V1").state(state).build();
    }

    private static ViewSubmissionRequest request(View view) {
        var payload = new ViewSubmissionPayload();
        payload.setView(view);
        var request = mock(ViewSubmissionRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }
}
