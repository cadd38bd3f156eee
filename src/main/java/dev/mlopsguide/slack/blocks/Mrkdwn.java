package dev.mlopsguide.slack.blocks;

import dev.mlopsguide.report.LevelBar;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slack's mrkdwn: every text from outside (names, arguments, questions, stored values) goes through one of these
 * before it meets markup, so that it is shown as it is and never read as a mention, a link or formatting.
 */
public final class Mrkdwn {

    private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH);

    private static final Pattern CHANNEL = Pattern.compile("<#([A-Z0-9]+)(\\|[^>]*)?>");

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

    /** A link with outside text or address: the text escaped, and no bar or angle bracket to end the link early. */
    public static String link(String url, String text) {
        return "<" + url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E") + "|"
                + escape(text.replace('|', '/')) + ">";
    }

    /** The channel id of a word that is a channel as Slack escapes it in a command ({@code <#C123|name>}), if it is one. */
    public static Optional<String> channelIn(String word) {
        var matcher = CHANNEL.matcher(word);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static String channel(String channelId) {
        return "<#" + channelId + ">";
    }

    /**
     * A moment as Slack shows it to each reader, in their own time zone ("Nov 24, 2026 at 10:15"); where Slack cannot,
     * the fallback is the same moment in UTC, in words.
     */
    public static String date(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} at {time}|"
                + FALLBACK.format(at.atZone(ZoneOffset.UTC)) + " UTC>";
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
