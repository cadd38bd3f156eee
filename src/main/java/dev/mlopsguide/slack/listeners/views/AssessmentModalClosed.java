package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.context.builtin.DefaultContext;
import com.slack.api.bolt.handler.builtin.ViewClosedHandler;
import com.slack.api.bolt.request.builtin.ViewClosedRequest;
import com.slack.api.bolt.response.Response;

/** The assessment modal closed before its result: nothing was saved, so there is nothing to do but acknowledge. */
final class AssessmentModalClosed implements ViewClosedHandler {

    @Override
    public Response apply(ViewClosedRequest req, DefaultContext ctx) {
        return ctx.ack();
    }
}
