package dev.mlopsguide.slack.webapi;

/** What a Slack conversation id says about the conversation. */
public final class SlackChannels {

    private SlackChannels() {
    }

    /** A direct message between a person and the app: never a team. */
    public static boolean isDirect(String conversationId) {
        return conversationId != null && conversationId.startsWith("D");
    }
}
