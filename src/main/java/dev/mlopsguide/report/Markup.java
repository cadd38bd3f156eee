package dev.mlopsguide.report;

/** How a report marks up headings, emphasis and lists: plain text for a terminal, or Markdown. */
public interface Markup {

    String heading(String text);

    String bold(String text);

    String bullet(String text);

    /** A numbered list item; continuation lines are indented to line up under its text. */
    String numbered(int number, String text);

    String indent(String text);

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
    };
}
