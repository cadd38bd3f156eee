package dev.mlopsguide.slack.blocks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Slack's documented limits, checked on the JSON the SDK sends: block counts per surface, text lengths per block
 * and element, button values, option texts, modal titles and private metadata.
 */
final class SlackLimits {

    private SlackLimits() {
    }

    static List<String> violations(List<LayoutBlock> blocks, Surface surface) {
        var problems = new ArrayList<String>();
        if (blocks.isEmpty() || blocks.size() > surface.maxBlocks()) {
            problems.add(blocks.size() + " blocks on a " + surface + " (1 to " + surface.maxBlocks() + " allowed)");
        }
        var json = GsonFactory.createSnakeCase().toJsonTree(blocks).getAsJsonArray();
        json.forEach(block -> checkBlock(block.getAsJsonObject(), problems));
        return problems;
    }

    static List<String> violations(View view) {
        var surface = "home".equals(view.getType()) ? Surface.HOME : Surface.MODAL;
        var problems = new ArrayList<>(violations(view.getBlocks(), surface));
        if (view.getTitle() != null) {
            max(problems, "view title", view.getTitle().getText(), 24);
        }
        if (view.getSubmit() != null) {
            max(problems, "submit", view.getSubmit().getText(), 24);
        }
        if (view.getClose() != null) {
            max(problems, "close", view.getClose().getText(), 24);
        }
        if (view.getPrivateMetadata() != null) {
            max(problems, "private_metadata", view.getPrivateMetadata(), 3000);
        }
        return problems;
    }

    private static void checkBlock(JsonObject block, List<String> problems) {
        var type = block.get("type").getAsString();
        if (block.has("block_id")) {
            max(problems, "block_id", block.get("block_id").getAsString(), 255);
        }
        switch (type) {
            case "header" -> max(problems, "header", text(block.get("text")), 150);
            case "section" -> {
                if (block.has("text")) {
                    max(problems, "section text", text(block.get("text")), 3000);
                }
                if (block.has("fields")) {
                    var fields = block.getAsJsonArray("fields");
                    if (fields.size() > 10) {
                        problems.add(fields.size() + " section fields");
                    }
                    fields.forEach(f -> max(problems, "field", text(f), 2000));
                }
                if (!block.has("text") && !block.has("fields")) {
                    problems.add("a section needs text or fields");
                }
                if (block.has("accessory")) {
                    checkElement(block.getAsJsonObject("accessory"), problems);
                }
            }
            case "context" -> {
                var elements = block.getAsJsonArray("elements");
                if (elements.isEmpty() || elements.size() > 10) {
                    problems.add(elements.size() + " context elements");
                }
                elements.forEach(e -> max(problems, "context text", text(e), 3000));
            }
            case "actions" -> {
                var elements = block.getAsJsonArray("elements");
                if (elements.isEmpty() || elements.size() > 25) {
                    problems.add(elements.size() + " action elements");
                }
                elements.forEach(e -> checkElement(e.getAsJsonObject(), problems));
                var ids = new HashSet<String>();
                elements.forEach(e -> {
                    var id = e.getAsJsonObject().get("action_id");
                    if (id != null && !ids.add(id.getAsString())) {
                        problems.add("action_id " + id.getAsString() + " twice in one block");
                    }
                });
            }
            case "input" -> {
                max(problems, "input label", text(block.get("label")), 2000);
                if (block.has("hint")) {
                    max(problems, "input hint", text(block.get("hint")), 2000);
                }
                checkElement(block.getAsJsonObject("element"), problems);
            }
            case "divider" -> { }
            default -> problems.add("unexpected block type " + type);
        }
    }

    private static void checkElement(JsonObject element, List<String> problems) {
        if (element.has("action_id")) {
            max(problems, "action_id", element.get("action_id").getAsString(), 255);
        }
        if ("button".equals(element.get("type").getAsString())) {
            max(problems, "button text", text(element.get("text")), 75);
            if (element.has("value")) {
                max(problems, "button value", element.get("value").getAsString(), 2000);
            }
        }
        if (element.has("options")) {
            var options = element.getAsJsonArray("options");
            if (options.size() > 100) {
                problems.add(options.size() + " options");
            }
            if ("radio_buttons".equals(element.get("type").getAsString()) && options.size() > 10) {
                problems.add(options.size() + " radio buttons");
            }
            options.forEach(o -> {
                max(problems, "option text", text(o.getAsJsonObject().get("text")), 75);
                max(problems, "option value", o.getAsJsonObject().get("value").getAsString(), 150);
            });
        }
    }

    private static String text(JsonElement text) {
        return text.getAsJsonObject().get("text").getAsString();
    }

    private static void max(List<String> problems, String what, String value, int max) {
        if (value == null || value.isEmpty() || value.length() > max) {
            problems.add(what + " of " + (value == null ? 0 : value.length()) + " characters (1 to " + max + " allowed)");
        }
    }
}
