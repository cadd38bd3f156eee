package dev.mlopsguide.slack.blocks;

/** Where blocks are shown, and how many Slack accepts there. */
public enum Surface {
    MESSAGE(50), MODAL(100), HOME(100);

    private final int maxBlocks;

    Surface(int maxBlocks) {
        this.maxBlocks = maxBlocks;
    }

    public int maxBlocks() {
        return maxBlocks;
    }
}
