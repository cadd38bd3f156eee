package dev.mlopsguide.slack.listeners;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.BackgroundWork;
import java.util.List;
import org.mockito.ArgumentCaptor;

/** Bolt contexts and requests for listener tests: real contexts spied on by Mockito, with a mocked Web API client. */
public final class Mocks {

    public static final String WORKSPACE = "T1";
    public static final String USER = "U1";
    public static final String CHANNEL = "C1";
    public static final String RESPONSE_URL = "https://hooks.slack.test/actions/T0/1/abc";

    private Mocks() {
    }

    /** The body of an ack as JSON text, without Gson's escapes of quotes and angle brackets. */
    public static String json(Response ack) {
        try {
            return ack.getBody() == null ? "" : new ObjectMapper().readTree(ack.getBody()).toString();
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + ack.getBody(), e);
        }
    }

    /** Work that runs at once, on the caller's thread, so that a test sees what happens after the ack. */
    public static BackgroundWork inlineWork() {
        var work = mock(BackgroundWork.class);
        when(work.submit(anyString(), any())).thenAnswer(call -> {
            call.<Runnable>getArgument(1).run();
            return true;
        });
        return work;
    }

    /** Work that refuses everything, as a full queue does. */
    public static BackgroundWork fullWork() {
        return mock(BackgroundWork.class);
    }

    public static SlashCommandContext commandContext(MethodsClient client) throws Exception {
        var ctx = spy(new SlashCommandContext());
        ctx.setTeamId(WORKSPACE);
        ctx.setRequestUserId(USER);
        doReturn(client).when(ctx).client();
        doReturn(null).when(ctx).respond(any(BuilderConfigurator.class));
        return ctx;
    }

    public static SlashCommandRequest command(String text) {
        var payload = new SlashCommandPayload();
        payload.setTeamId(WORKSPACE);
        payload.setTeamDomain("acme");
        payload.setUserId(USER);
        payload.setChannelId(CHANNEL);
        payload.setChannelName("ml-platform");
        payload.setTriggerId("trigger-1");
        payload.setResponseUrl(RESPONSE_URL);
        payload.setCommand("/mlops-assess");
        payload.setText(text);
        var request = mock(SlashCommandRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }

    /** The text of the one reply a command's context sent through {@code response_url}. */
    @SuppressWarnings("unchecked")
    public static String responded(SlashCommandContext ctx) throws Exception {
        ArgumentCaptor<BuilderConfigurator<SlashCommandResponse.SlashCommandResponseBuilder>> reply =
                ArgumentCaptor.forClass(BuilderConfigurator.class);
        verify(ctx).respond(reply.capture());
        return reply.getValue().configure(SlashCommandResponse.builder()).build().getText();
    }

    public static ActionContext actionContext(MethodsClient client) throws Exception {
        var ctx = spy(new ActionContext());
        ctx.setTeamId(WORKSPACE);
        ctx.setRequestUserId(USER);
        doReturn(client).when(ctx).client();
        doReturn(null).when(ctx).respond(any(BuilderConfigurator.class));
        return ctx;
    }

    /** A click on a button with {@code value}, on a message {@code ts} in a thread {@code threadTs} (may be null). */
    public static BlockActionRequest click(String actionId, String value, String ts, String threadTs) {
        var payload = new BlockActionPayload();
        var action = new BlockActionPayload.Action();
        action.setActionId(actionId);
        action.setValue(value);
        payload.setActions(List.of(action));
        payload.setTriggerId("trigger-2");
        payload.setResponseUrl(RESPONSE_URL);
        var channel = new BlockActionPayload.Channel();
        channel.setId(CHANNEL);
        payload.setChannel(channel);
        var message = new com.slack.api.model.Message();
        message.setTs(ts);
        message.setThreadTs(threadTs);
        payload.setMessage(message);
        var request = mock(BlockActionRequest.class);
        when(request.getPayload()).thenReturn(payload);
        return request;
    }

    public static ViewSubmissionContext viewContext(MethodsClient client) {
        var ctx = spy(new ViewSubmissionContext());
        ctx.setTeamId(WORKSPACE);
        ctx.setRequestUserId(USER);
        doReturn(client).when(ctx).client();
        return ctx;
    }

    public static EventContext eventContext(MethodsClient client) {
        var ctx = spy(new EventContext());
        ctx.setTeamId(WORKSPACE);
        ctx.setBotUserId("UBOT");
        doReturn(client).when(ctx).client();
        return ctx;
    }
}
