package dev.mlopsguide.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlopsguide.store.KnowledgeGaps;
import java.util.List;
import java.util.Optional;

/**
 * An answer found not helpful, on its way to a person: the form that asks the asker what was missing, the post in
 * the experts' channel with a button to reply, the expert's form, and the offer to approve the reply for later answers.
 */
public final class EscalationBlocks {

    public static final String MISSING_CALLBACK = "answer_missing";
    public static final String REPLY_CALLBACK = "expert_reply";
    public static final String REPLY_ACTION = "gap_reply";
    public static final String APPROVE_ACTION = "gap_approve";
    public static final String TEXT_BLOCK = "text";
    private static final String TEXT_ACTION = "value";

    private EscalationBlocks() {
    }

    /** Asks the asker what the answer lacked; {@code experts}: whether a person will see it. */
    public static View missingForm(String metadata, boolean experts) {
        var blocks = new BlockList().section(experts
                        ? "Tell me what you were looking for: your question, my answer and your words go to the experts "
                        + "of this workspace, and one of them can reply in your thread."
                        : "Tell me what you were looking for: it goes into the report of questions my knowledge does not "
                        + "answer yet, for the people who maintain it.")
                .add(textInput("What was missing?", "The step I needed was …"))
                .build(Surface.MODAL, "");
        return View.builder().type("modal").callbackId(MISSING_CALLBACK).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text("Not helpful")))
                .submit(viewSubmit(s -> s.type("plain_text").text(experts ? "Ask an expert" : "Send")))
                .close(viewClose(c -> c.type("plain_text").text("Skip")))
                .blocks(blocks).build();
    }

    /** The experts' post: who asked what, the answer, what was missing, and a button to reply in the asker's thread. */
    public static List<LayoutBlock> escalation(KnowledgeGaps.Gap gap) {
        var asked = gap.asked();
        return new BlockList()
                .section(":raising_hand: " + Mrkdwn.user(asked.askerId()) + " did not find my answer helpful, in "
                        + Mrkdwn.channel(asked.channelId()) + ".\n*Question:* " + Mrkdwn.escape(BlockList.truncate(asked.question(), 800)))
                .section("*My answer:* " + Mrkdwn.escape(BlockList.truncate(asked.answer(), 1_200)))
                .section("*What was missing:* " + gap.missing().map(m -> Mrkdwn.escape(BlockList.truncate(m, 1_000)))
                        .orElse("_not said_"))
                .actions("reply", List.of(BlockList.primaryButton("Reply in their thread", REPLY_ACTION,
                        String.valueOf(gap.id()))))
                .build(Surface.MESSAGE, "");
    }

    /** The expert's form: the question and answer again, and the reply to write. */
    public static View replyForm(KnowledgeGaps.Gap gap, String metadata) {
        var blocks = new BlockList()
                .section("*Question:* " + Mrkdwn.escape(BlockList.truncate(gap.asked().question(), 800)))
                .section("*What was missing:* " + gap.missing().map(m -> Mrkdwn.escape(BlockList.truncate(m, 1_000)))
                        .orElse("_not said_"))
                .add(textInput("Your reply", "It is posted in the asker's thread under your name."))
                .build(Surface.MODAL, "");
        return View.builder().type("modal").callbackId(REPLY_CALLBACK).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text("Reply to a question")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Post reply")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks).build();
    }

    /** After an expert replied: the reply, and a button to approve it for the next time the question is asked. */
    public static List<LayoutBlock> approval(KnowledgeGaps.Gap gap) {
        return new BlockList()
                .section(Mrkdwn.user(gap.expertId().orElseThrow()) + " replied in the asker's thread:\n>"
                        + Mrkdwn.escape(BlockList.truncate(gap.expertReply().orElseThrow(), 1_500)).replace("\n", "\n>"))
                .actions("approve", List.of(BlockList.button("Approve for future answers", APPROVE_ACTION,
                        String.valueOf(gap.id()))))
                .context("Once approved, I show this reply with my answer when someone asks the same question.")
                .build(Surface.MESSAGE, "");
    }

    /** What a form says once sent. */
    public static View sent(String title, String mrkdwn) {
        return View.builder().type("modal").callbackId(MISSING_CALLBACK + "_sent")
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(c -> c.type("plain_text").text("Done")))
                .blocks(new BlockList().section(mrkdwn).build(Surface.MODAL, "")).build();
    }

    /** The text written in one of the forms, stripped; empty when blank. */
    public static Optional<String> text(ViewState state) {
        return Optional.ofNullable(state).map(ViewState::getValues).map(values -> values.get(TEXT_BLOCK))
                .map(block -> block.get(TEXT_ACTION)).map(ViewState.Value::getValue).map(String::strip)
                .filter(text -> !text.isEmpty());
    }

    private static InputBlock textInput(String label, String placeholder) {
        return InputBlock.builder().blockId(TEXT_BLOCK).label(plainText(label))
                .element(PlainTextInputElement.builder().actionId(TEXT_ACTION).multiline(true).maxLength(3_000)
                        .placeholder(plainText(placeholder)).build()).build();
    }
}
