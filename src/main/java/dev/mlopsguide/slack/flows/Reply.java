package dev.mlopsguide.slack.flows;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A message to show: blocks, and the plain-text fallback that goes with them; no blocks for a short notice. */
public record Reply(String text, List<LayoutBlock> blocks) {

    public Reply {
        blocks = List.copyOf(blocks);
    }

    public static Reply plain(String text) {
        return new Reply(text, List.of());
    }
}
