package dev.mlopsguide.sandbox;

/** Who acts, and where, in a request sent as Slack would: a person in a channel of a workspace. */
public record SlackUser(String workspaceId, String userId, String userName, String channelId, String channelName) {

    public SlackUser in(String otherChannelId, String otherChannelName) {
        return new SlackUser(workspaceId, userId, userName, otherChannelId, otherChannelName);
    }
}
