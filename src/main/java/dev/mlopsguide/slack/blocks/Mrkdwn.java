package dev.mlopsguide.slack.blocks;

import dev.mlopsguide.report.LevelBar;

/** Slack's mrkdwn: escaping text that is not markup, and small formatting helpers. */
public final class Mrkdwn {

    private Mrkdwn() {
    }

    /** Escapes the three characters Slack treats as control characters in mrkdwn. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String bold(String text) {
        return "*" + escape(text) + "*";
    }

    public static String user(String userId) {
        return "<@" + userId + ">";
    }

    public static String channel(String channelId) {
        return "<#" + channelId + ">";
    }

    /**
     * Light Markdown ({@code **bold**}, {@code - } bullets) as Slack mrkdwn, with the text escaped. Code spans in
     * backticks are kept as they are.
     */
    public static String fromMarkdown(String markdown) {
        return escape(markdown).replaceAll("\\*\\*(.+?)\\*\\*", "*$1*").replaceAll("(?m)^- ", "• ");
    }

    /** A five-cell bar for a level 0-4, in a code span so that it lines up. */
    public static String bar(int level) {
        return "`" + LevelBar.of(level) + "`";
    }
}
