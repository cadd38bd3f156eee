package dev.mlopsguide.slack.blocks;

import dev.mlopsguide.report.LevelBar;

/**
 * Slack's mrkdwn: every text from outside (names, arguments, questions, stored values) goes through one of these
 * before it meets markup, so that it is shown as it is and never read as a mention, a link or formatting.
 */
public final class Mrkdwn {

    private Mrkdwn() {
    }

    /** Escapes the three characters Slack treats as control characters in mrkdwn. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Outside text shown as a short code span: escaped, no backtick to end the span early, one line, 60 characters. */
    public static String code(String text) {
        return "`" + escape(BlockList.truncate(text.replace('`', '\'').replaceAll("\\s+", " "), 60)) + "`";
    }

    /** Text shown as a code block, within {@code max} characters: escaped, and no fence to end the block early. */
    public static String codeBlock(String text, int max) {
        return "```" + escape(BlockList.truncate(text.replace("```", "'''"), max - 6)) + "```";
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
