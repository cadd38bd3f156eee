package dev.mlopsguide.slack.flows;

import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.store.Feedback;
import dev.mlopsguide.store.Teams;

/** "Helpful" and "Not helpful" on an answer: the vote is stored with the question and the sources it was given. */
public final class AnswerFeedback {

    private final Teams teams;
    private final Feedback feedback;

    public AnswerFeedback(Teams teams, Feedback feedback) {
        this.teams = teams;
        this.feedback = feedback;
    }

    /** Records the vote carried by a feedback button's {@code value}; returns the thanks to show the voter. */
    public String vote(String workspaceId, String userId, String value, boolean helpful) {
        var voted = AnswerBlocks.Feedback.parse(value);
        teams.ensureWorkspace(workspaceId, workspaceId);
        feedback.record(workspaceId, userId, voted.question(), voted.sourceIds(), helpful);
        return helpful ? "Thanks! Glad it helped." : "Thanks for telling me. I'll use it to get better.";
    }
}
