package dev.mlopsguide.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlopsguide.maturity.content.ContentProblem;
import dev.mlopsguide.maturity.content.InvalidContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A knowledge pack of FAQ entries: a JSON array of {@code {id, question, text, section, course?, url?}}. Each entry
 * is one passage, kept whole; {@code url} is where people can read it (else the app serves it).
 */
public final class FaqPack {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FaqPack() {
    }

    /** @throws InvalidContentException naming each entry that lacks an id, a question or a text */
    public static KnowledgeBase load(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidContentException(List.of(new ContentProblem(file.toString(), 0,
                    "cannot read it as JSON (" + e.getMessage().lines().findFirst().orElse("") + ")")));
        }
        if (root == null || !root.isArray()) {
            throw new InvalidContentException(List.of(new ContentProblem(file.toString(), 0,
                    "expected a JSON array of {id, question, text, section, course} entries")));
        }
        var passages = new ArrayList<Passage>();
        var problems = new ArrayList<ContentProblem>();
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < root.size(); i++) {
            var entry = root.get(i);
            var id = entry.path("id").asText("");
            var question = entry.path("question").asText("");
            var text = entry.path("text").asText("");
            if (id.isEmpty() || question.isEmpty() || text.isEmpty()) {
                problems.add(new ContentProblem(file.toString(), 0, "entry " + (i + 1)
                        + " needs a non-empty id, question and text"));
                continue;
            }
            // One id may name two entries (it happens in real FAQs): both are kept, under distinct passage ids.
            int occurrence = seen.merge(id, 1, Integer::sum);
            var passageId = occurrence == 1 ? id : id + "~" + occurrence;
            passages.add(new Passage(passageId, id, question, "", text, "", entry.path("section").asText(""),
                    entry.path("course").asText(""), file.getFileName().toString(), entry.path("url").asText("")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new KnowledgeBase(passages);
    }
}
