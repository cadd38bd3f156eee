package dev.mlopsguide.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a list of blocks that Slack will accept: every text is cut to its limit with an ellipsis, and the list to
 * the surface's block count, ending with a note that says where the rest is.
 */
public final class BlockList {

    public static final int SECTION_TEXT = 3000;
    public static final int FIELD_TEXT = 2000;
    public static final int MAX_FIELDS = 10;
    public static final int HEADER_TEXT = 150;
    public static final int CONTEXT_ELEMENTS = 10;
    public static final int ACTION_ELEMENTS = 25;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2000;

    private final List<LayoutBlock> blocks = new ArrayList<>();

    public BlockList header(String text) {
        blocks.add(HeaderBlock.builder().text(plainText(truncate(text, HEADER_TEXT))).build());
        return this;
    }

    public BlockList section(String mrkdwn) {
        blocks.add(SectionBlock.builder().text(markdownText(truncate(mrkdwn, SECTION_TEXT))).build());
        return this;
    }

    public BlockList section(String mrkdwn, BlockElement accessory) {
        blocks.add(SectionBlock.builder().text(markdownText(truncate(mrkdwn, SECTION_TEXT))).accessory(accessory).build());
        return this;
    }

    /** A section of two-column fields (at most ten). */
    public BlockList fields(List<String> mrkdwn) {
        var fields = new ArrayList<TextObject>();
        mrkdwn.stream().limit(MAX_FIELDS).forEach(f -> fields.add(markdownText(truncate(f, FIELD_TEXT))));
        blocks.add(SectionBlock.builder().fields(fields).build());
        return this;
    }

    public BlockList context(String... mrkdwn) {
        var elements = new ArrayList<ContextBlockElement>();
        for (int i = 0; i < mrkdwn.length && i < CONTEXT_ELEMENTS; i++) {
            elements.add(markdownText(truncate(mrkdwn[i], SECTION_TEXT)));
        }
        blocks.add(ContextBlock.builder().elements(elements).build());
        return this;
    }

    /** A context block of one text, named so that it can be found and replaced. */
    public static LayoutBlock contextBlock(String blockId, String mrkdwn) {
        return ContextBlock.builder().blockId(blockId).elements(List.of(markdownText(truncate(mrkdwn, SECTION_TEXT))))
                .build();
    }

    public BlockList divider() {
        blocks.add(DividerBlock.builder().build());
        return this;
    }

    public BlockList actions(String blockId, List<? extends BlockElement> elements) {
        blocks.add(ActionsBlock.builder().blockId(blockId)
                .elements(new ArrayList<>(elements.subList(0, Math.min(elements.size(), ACTION_ELEMENTS)))).build());
        return this;
    }

    /** Adds a block built elsewhere (an input block of a modal, say). */
    public BlockList add(LayoutBlock block) {
        blocks.add(block);
        return this;
    }

    public BlockList addAll(List<LayoutBlock> more) {
        blocks.addAll(more);
        return this;
    }

    public int size() {
        return blocks.size();
    }

    /**
     * The blocks, at most as many as the surface takes; when there are more, the last kept block is a note that
     * {@code more} explains (where to see the rest).
     */
    public List<LayoutBlock> build(Surface surface, String more) {
        if (blocks.size() <= surface.maxBlocks()) {
            return List.copyOf(blocks);
        }
        var kept = new ArrayList<>(blocks.subList(0, surface.maxBlocks() - 1));
        int left = blocks.size() - kept.size();
        kept.add(ContextBlock.builder().elements(List.of(markdownText(
                truncate("…and " + left + " more. " + more, SECTION_TEXT)))).build());
        return kept;
    }

    public static ButtonElement button(String text, String actionId, String value) {
        if (value.length() > BUTTON_VALUE) {
            throw new IllegalArgumentException("a button value has at most " + BUTTON_VALUE + " characters");
        }
        return ButtonElement.builder().text(plainText(truncate(text, BUTTON_TEXT))).actionId(actionId).value(value).build();
    }

    public static ButtonElement primaryButton(String text, String actionId, String value) {
        var button = button(text, actionId, value);
        button.setStyle("primary");
        return button;
    }

    /** The text cut to {@code max} characters, ending with an ellipsis when it was cut. */
    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
