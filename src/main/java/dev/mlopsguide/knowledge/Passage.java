package dev.mlopsguide.knowledge;

import java.util.Objects;

/**
 * A unit of retrieval: a section of an article (split at its headings) or one FAQ entry. {@code docId} is the
 * article or FAQ entry it comes from; {@code keywords} are its article's tags; {@code course} is an optional
 * keyword to filter on (empty when none); {@code source} says where it was read from; {@code url} is where people
 * read it, when a knowledge pack gives one (empty: the app serves the page itself).
 */
public record Passage(String id, String docId, String title, String heading, String text, String keywords,
                      String section, String course, String source, String url) {

    public Passage {
        Objects.requireNonNull(id);
        Objects.requireNonNull(docId);
        title = title == null ? "" : title;
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        keywords = keywords == null ? "" : keywords;
        section = section == null ? "" : section;
        course = course == null ? "" : course;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
    }

    /** How the passage is named to people and to the embedding model: its title, and its heading after a dash. */
    public String label() {
        return heading.isEmpty() ? title : title + " - " + heading;
    }
}
