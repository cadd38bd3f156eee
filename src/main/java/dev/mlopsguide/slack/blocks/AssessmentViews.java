package dev.mlopsguide.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static dev.mlopsguide.slack.blocks.Mrkdwn.escape;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.RadioButtonsElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.Area;
import dev.mlopsguide.maturity.Question;
import java.util.List;
import java.util.Optional;

/** The views of the assessment modal: one area per view, the result, and a problem. */
public final class AssessmentViews {

    public static final String CALLBACK_ID = "assessment";
    public static final String BACK_ACTION = "assessment_back";
    public static final String ANSWER_ACTION = "answer";
    /** The first view when the assessment does not start in a channel: which channel's team it is for. */
    public static final String TEAM_CALLBACK_ID = "assessment_team";
    public static final String TEAM_BLOCK = "team";
    static final String TITLE = "MLOps assessment";
    static final int LABEL = 2000;

    private AssessmentViews() {
    }

    /**
     * One area's questions as required radio buttons, with progress ("Area 2 of 6"), Back (except on the first),
     * and Next, or "See result" on the last.
     */
    public static View area(Area area, String step, List<Question> questions, Answers answers, int position, int count,
                            Optional<String> note, String metadata) {
        var list = new BlockList()
                .context("Area " + position + " of " + count + " · " + escape(step));
        note.ifPresent(list::context);
        list
                .section("*" + escape(area.name()) + "*\n" + escape(area.description()));
        for (var question : questions) {
            list.add(input(question, answers));
        }
        if (position > 1) {
            list.actions("navigation", List.of(BlockList.button("← Back", BACK_ACTION, "back")));
        }
        return modal(list.build(Surface.MODAL, ""), metadata, position == count ? "See result" : "Next");
    }

    /** Which channel's team to assess, {@code lastTeam}'s channel chosen to start with. */
    public static View chooseTeam(Optional<String> lastTeam) {
        var blocks = new BlockList()
                .section("A team is a channel: its result, target, history and weekly digest live there.")
                .add(ChannelPicker.input(TEAM_BLOCK, "Which team's channel is this assessment for?", lastTeam))
                .build(Surface.MODAL, "");
        return View.builder().type("modal").callbackId(TEAM_CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Start")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks).build();
    }

    public static Optional<String> chosenTeam(ViewState state) {
        return ChannelPicker.chosen(state, TEAM_BLOCK);
    }

    public static View result(List<LayoutBlock> resultBlocks) {
        return View.builder().type("modal").callbackId(CALLBACK_ID + "_result")
                .title(viewTitle(t -> t.type("plain_text").text("Your MLOps level")))
                .close(viewClose(c -> c.type("plain_text").text("Done")))
                .blocks(resultBlocks).build();
    }

    /** A view that explains why the modal cannot go on, with nothing to submit. */
    public static View problem(String message) {
        return View.builder().type("modal").callbackId(CALLBACK_ID + "_problem")
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(new BlockList().section(":warning: " + escape(message)).build(Surface.MODAL, "")).build();
    }

    private static InputBlock input(Question question, Answers answers) {
        var options = question.options().stream()
                .map(o -> OptionObject.builder().text(plainText(BlockList.truncate(o.label(), 75))).value(o.id()).build())
                .toList();
        var radios = RadioButtonsElement.builder().actionId(ANSWER_ACTION).options(options);
        answers.optionOf(question.id()).flatMap(id -> options.stream().filter(o -> o.getValue().equals(id)).findFirst())
                .ifPresent(radios::initialOption);
        var input = InputBlock.builder().blockId(question.id())
                .label(plainText(BlockList.truncate(question.text(), LABEL)))
                .element(radios.build()).optional(false);
        if (!question.help().isEmpty()) {
            input.hint(plainText(BlockList.truncate(question.help(), LABEL)));
        }
        return input.build();
    }

    private static View modal(List<LayoutBlock> blocks, String metadata, String submit) {
        return View.builder().type("modal").callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .submit(viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .notifyOnClose(true)
                .privateMetadata(metadata)
                .blocks(blocks).build();
    }
}
