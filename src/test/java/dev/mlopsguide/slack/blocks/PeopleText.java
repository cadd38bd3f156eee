package dev.mlopsguide.slack.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What people read in a message, a view or a Home: every {@code text} (and top-level fallback) of a Slack JSON
 * payload, with the mentions and dates Slack renders taken out. Nothing left may be a bare Slack id or an ISO stamp.
 */
public final class PeopleText {

    /** What Slack turns into a name or a local date: user, channel and date tokens. */
    private static final Pattern RENDERED = Pattern.compile("<[@#][A-Z0-9]+(\\|[^>]*)?>|<!date\\^[^>]*>");
    private static final Pattern BARE_ID = Pattern.compile("\\b[UCD][A-Z0-9]{6,}\\b");
    private static final Pattern ISO_STAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private PeopleText() {
    }

    /** The texts meant for people in a payload, each with where it is. */
    public static List<String> texts(JsonNode payload) {
        var texts = new ArrayList<String>();
        collect(payload, "", texts);
        return texts;
    }

    /** The texts that show a bare id or a machine timestamp, with where they are; empty when there are none. */
    public static List<String> machineTexts(JsonNode payload) {
        return texts(payload).stream().filter(text -> {
            var shown = RENDERED.matcher(text).replaceAll("");
            return BARE_ID.matcher(shown).find() || ISO_STAMP.matcher(shown).find();
        }).toList();
    }

    private static void collect(JsonNode node, String path, List<String> texts) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                var value = field.getValue();
                if ((field.getKey().equals("text") || field.getKey().equals("alt_text")) && value.isTextual()) {
                    texts.add(path + "." + field.getKey() + ": " + value.asText());
                } else {
                    collect(value, path + "." + field.getKey(), texts);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", texts);
            }
        }
    }
}
