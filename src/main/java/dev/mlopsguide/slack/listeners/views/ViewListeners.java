package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.App;
import dev.mlopsguide.slack.SlackFeatures;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.DigestViews;
import dev.mlopsguide.slack.blocks.EscalationBlocks;
import dev.mlopsguide.slack.blocks.ProfileViews;
import dev.mlopsguide.slack.blocks.StepBlocks;

/** The modals: the assessment, the team profile, the weekly digest form, the forms of answers found not helpful, and
 * those of adopted next steps. */
public final class ViewListeners {

    private ViewListeners() {
    }

    public static void register(App app, SlackFeatures features) {
        app.viewSubmission(AssessmentViews.CALLBACK_ID,
                new AssessmentAreaSubmitted(features.modal()));
        app.viewClosed(AssessmentViews.CALLBACK_ID, new AssessmentModalClosed());
        app.viewSubmission(AssessmentViews.TEAM_CALLBACK_ID, new AssessmentTeamChosen(features.modal(), features.work(),
                features.channelNames()));
        app.viewSubmission(ProfileViews.CALLBACK_ID, new ProfileSubmitted(features.profile()));
        app.viewSubmission(EscalationBlocks.MISSING_CALLBACK, new AnswerMissingSubmitted(features.feedback()));
        app.viewSubmission(EscalationBlocks.REPLY_CALLBACK, new ExpertReplySubmitted(features.feedback()));
        app.viewSubmission(StepBlocks.ADOPT_CALLBACK, new StepAdoptSubmitted(features.steps()));
        app.viewSubmission(StepBlocks.REANSWER_CALLBACK, new StepReanswerSubmitted(features.steps()));
        app.viewSubmission(DigestViews.CALLBACK_ID, new DigestFormSubmitted(features.work(), features.digests(),
                features.home()));
    }
}
