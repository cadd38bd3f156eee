package dev.mlopsguide.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.block.element.ConversationsSelectElement;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Optional;

/** A form's choice of a channel (public or private, never a DM: teams are channels), and what was chosen. */
public final class ChannelPicker {

    static final String ACTION = "channel";

    private ChannelPicker() {
    }

    static InputBlock input(String blockId, String label, Optional<String> initialChannel) {
        var select = ConversationsSelectElement.builder().actionId(ACTION)
                .placeholder(plainText("Choose a channel"))
                .filter(ConversationsFilter.builder().include(List.of("public", "private")).excludeBotUsers(true).build());
        initialChannel.ifPresent(select::initialConversation);
        return InputBlock.builder().blockId(blockId).label(plainText(label)).element(select.build()).optional(false).build();
    }

    /** The channel chosen in the block, if any. */
    public static Optional<String> chosen(ViewState state, String blockId) {
        return Optional.ofNullable(state).map(ViewState::getValues).map(values -> values.get(blockId))
                .map(block -> block.get(ACTION)).map(ViewState.Value::getSelectedConversation);
    }
}
