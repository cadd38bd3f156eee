package dev.mlopsguide.cli;

import dev.mlopsguide.report.Markup;

/** The formats a command can print: text for a terminal, Markdown for documents, JSON for scripts. */
public enum OutputFormat {
    TEXT, MARKDOWN, JSON;

    Markup markup() {
        return this == MARKDOWN ? Markup.MARKDOWN : Markup.TEXT;
    }
}
