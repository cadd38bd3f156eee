package dev.mlopsguide.slack.flows;

import dev.mlopsguide.slack.install.BotClients;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.ResponseUrls;
import dev.mlopsguide.slack.webapi.SlackCalls;

/**
 * How follow-up work reaches Slack once the request is answered: a client with the workspace's bot token, counted
 * calls with retries, posts named so that they happen once, and the person's response URL.
 */
public record SlackAccess(BotClients clients, SlackCalls calls, MessagePosts posts, ResponseUrls responses) {
}
