package dev.mlopsguide.slack.listeners.views;

import com.slack.api.bolt.App;
import dev.mlopsguide.slack.SlackFeatures;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.DigestViews;
import dev.mlopsguide.slack.blocks.ProfileViews;

/** The modals: the assessment, the team profile and the weekly digest form. */
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
        app.viewSubmission(DigestViews.CALLBACK_ID, new DigestFormSubmitted(features.work(), features.digests(),
                features.home()));
    }
}
