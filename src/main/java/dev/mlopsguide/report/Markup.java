package dev.mlopsguide.report;

/** How a report marks up headings, emphasis and lists: plain text for a terminal, or Markdown. */
public interface Markup {

    String heading(String text);

    String bold(String text);

    String bullet(String text);

    /** A numbered list item; continuation lines are indented to line up under its text. */
    String numbered(int number, String text);

    String indent(String text);

    /**
     * Markdown written for chat (an answer) as it reads best in this markup: unchanged in Markdown, without its
     * markers (bold, code, headings, a line in italics) in a terminal. Only a whole line's italics go: an underscore
     * inside a line is as likely a name's ({@code train_model}).
     */
    String fromMarkdown(String markdown);

    Markup TEXT = new Markup() {
        @Override
        public String heading(String text) {
            return text + "\n" + "-".repeat(text.length());
        }

        @Override
        public String bold(String text) {
            return text;
        }

        @Override
        public String bullet(String text) {
            return "  - " + text;
        }

        @Override
        public String numbered(int number, String text) {
            return "  " + number + ". " + text;
        }

        @Override
        public String indent(String text) {
            return "     " + text;
        }

        @Override
        public String fromMarkdown(String markdown) {
            return markdown.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("`([^`\n]+)`", "$1")
                    .replaceAll("(?m)^#{1,6} ", "").replaceAll("(?m)^_(.+)_$", "$1");
        }
    };

    Markup MARKDOWN = new Markup() {
        @Override
        public String heading(String text) {
            return "## " + text;
        }

        @Override
        public String bold(String text) {
            return "**" + text + "**";
        }

        @Override
        public String bullet(String text) {
            return "- " + text;
        }

        @Override
        public String numbered(int number, String text) {
            return number + ". " + text;
        }

        @Override
        public String indent(String text) {
            return "   " + text;
        }

        @Override
        public String fromMarkdown(String markdown) {
            return markdown;
        }
    };
}
