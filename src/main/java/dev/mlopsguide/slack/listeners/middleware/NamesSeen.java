package dev.mlopsguide.slack.listeners.middleware;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.team.Names;

/**
 * Notes the names a command or a click carries (the person's, and the channel's) once the listener has answered,
 * and writes a changed one after the ack, so that names never delay it.
 */
final class NamesSeen implements Middleware {

    private final Names names;
    private final BackgroundWork work;

    NamesSeen(Names names, BackgroundWork work) {
        this.names = names;
        this.work = work;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        var response = chain.next(req);
        if (req instanceof SlashCommandRequest command) {
            var p = command.getPayload();
            seen(p.getTeamId(), p.getUserId(), p.getUserName(), p.getChannelId(), p.getChannelName());
        } else if (req instanceof BlockActionRequest action && action.getPayload().getUser() != null) {
            var p = action.getPayload();
            var channel = p.getChannel();
            seen(p.getTeam().getId(), p.getUser().getId(), p.getUser().getUsername(),
                    channel == null ? null : channel.getId(), channel == null ? null : channel.getName());
        } else if (req instanceof ViewSubmissionRequest submission && submission.getPayload().getUser() != null) {
            var p = submission.getPayload();
            seen(p.getTeam().getId(), p.getUser().getId(), p.getUser().getUsername(), null, null);
        }
        return response;
    }

    private void seen(String workspaceId, String userId, String userName, String channelId, String channelName) {
        boolean person = userId != null && names.isNew(workspaceId, userId, userName);
        boolean channel = channelId != null && names.isNew(workspaceId, channelId, channelName);
        if (person || channel) {
            work.submit("remember names", () -> {
                if (person) {
                    names.person(workspaceId, userId, userName);
                }
                if (channel) {
                    names.channel(workspaceId, channelId, channelName);
                }
            });
        }
    }
}
