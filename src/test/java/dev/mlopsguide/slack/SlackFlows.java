package dev.mlopsguide.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.sandbox.FakeSlack;
import dev.mlopsguide.sandbox.SlackDriver;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import java.io.IOException;

/** What the end-to-end tests read from the fake Slack to play a person's part: views, questions, message ts. */
public final class SlackFlows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackFlows() {
    }

    /** The view the app last opened, with the id and hash Slack gave it. */
    public static ObjectNode openedView(FakeSlack slack) throws Exception {
        var opened = slack.await("views.open", 1);
        var view = (ObjectNode) opened.get(opened.size() - 1).json("view");
        view.put("id", "VOPEN").put("hash", "HOPEN");
        return view;
    }

    /** A view the app answered with, given the id of the view it replaces and a new hash. */
    public static ObjectNode withId(JsonNode view, JsonNode previous) {
        var copy = (ObjectNode) view.deepCopy();
        copy.put("id", previous.path("id").asText()).put("hash", previous.path("hash").asText() + "+");
        return copy;
    }

    /** Radio selections for the questions shown in {@code view}, from a set of answers. */
    public static ObjectNode selections(JsonNode view, Answers answers) {
        var values = SlackDriver.noValues();
        for (var block : view.path("blocks")) {
            if (block.path("type").asText().equals("input")) {
                var question = block.path("block_id").asText();
                answers.optionOf(question).ifPresent(option ->
                        SlackDriver.radio(values, question, AssessmentViews.ANSWER_ACTION, option));
            }
        }
        return values;
    }

    /** The question a message in a team thread asks, from its answer buttons. */
    public static String questionOf(FakeSlack.Call posted) {
        var blocks = posted.json("blocks");
        for (var block : blocks) {
            for (var element : block.path("elements")) {
                var value = element.path("value").asText();
                if (value.contains("|")) {
                    return value.substring(0, value.indexOf('|'));
                }
            }
        }
        throw new AssertionError("no answer buttons in " + blocks);
    }

    /** The ts Slack gave a posted message. */
    public static String postedTs(FakeSlack.Call posted) {
        try {
            return JSON.readTree(posted.response()).path("ts").asText();
        } catch (IOException e) {
            throw new AssertionError("chat.postMessage answered with no JSON: " + posted.response(), e);
        }
    }
}
