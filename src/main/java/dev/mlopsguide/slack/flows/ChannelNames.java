package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.team.Names;

/** Asks Slack for the name of a channel that no request named (a channel chosen in a form), so a team never shows its id. */
public final class ChannelNames {

    private final Names names;
    private final SlackCalls calls;

    public ChannelNames(Names names, SlackCalls calls) {
        this.names = names;
        this.calls = calls;
    }

    public void learn(MethodsClient client, String workspaceId, String channelId) {
        var info = calls.call("conversations.info", () -> client.conversationsInfo(r -> r.channel(channelId)));
        names.channel(workspaceId, channelId, info.getChannel().getName());
    }
}
