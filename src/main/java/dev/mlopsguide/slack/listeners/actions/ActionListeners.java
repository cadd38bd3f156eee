package dev.mlopsguide.slack.listeners.actions;

import com.slack.api.bolt.App;
import dev.mlopsguide.slack.SlackFeatures;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.CheckInBlocks;
import dev.mlopsguide.slack.blocks.DigestBlocks;
import dev.mlopsguide.slack.blocks.EscalationBlocks;
import dev.mlopsguide.slack.blocks.HomeBlocks;
import dev.mlopsguide.slack.blocks.StepBlocks;
import dev.mlopsguide.slack.blocks.ThreadBlocks;
import dev.mlopsguide.slack.flows.ResultSharing;
import java.util.regex.Pattern;

/** The buttons: in the assessment modal, in team threads and check-ins, under results and answers, on next steps, on questions escalated to experts, and on the App Home. */
public final class ActionListeners {

    private ActionListeners() {
    }

    public static void register(App app, SlackFeatures features) {
        var work = features.work();
        app.blockAction(AssessmentViews.BACK_ACTION, new AssessmentBackClicked(work, features.modal()));
        app.blockAction(Pattern.compile("^" + Pattern.quote(ThreadBlocks.ANSWER_ACTION_PREFIX) + "\\d+$"),
                new TeamAnswerClicked(work, features.thread()));
        app.blockAction(ThreadBlocks.FINISH_ACTION, new TeamRootButtonClicked(work, "finish", features.thread()::finish));
        app.blockAction(ThreadBlocks.CANCEL_ACTION, new TeamRootButtonClicked(work, "cancel", features.thread()::cancel));
        app.blockAction(Pattern.compile("^" + Pattern.quote(CheckInBlocks.ANSWER_ACTION_PREFIX) + "\\d+$"),
                new TeamAnswerClicked(work, features.thread()));
        app.blockAction(CheckInBlocks.CONFIRM_ACTION, new TeamRootButtonClicked(work, "confirm", features.thread()::confirm));
        app.blockAction(CheckInBlocks.SKIP_ACTION, new TeamRootButtonClicked(work, "skip", features.thread()::cancel));
        app.blockAction(ResultSharing.SHARE_ACTION, new ShareResultClicked(work, features.sharing()));
        app.blockAction(AnswerBlocks.HELPFUL_ACTION, new AnswerVoted(work, features.feedback(), true));
        app.blockAction(AnswerBlocks.UNHELPFUL_ACTION, new AnswerVoted(work, features.feedback(), false));
        app.blockAction(EscalationBlocks.REPLY_ACTION, new ExpertReplyClicked(work, features.feedback()));
        app.blockAction(EscalationBlocks.APPROVE_ACTION, new ExpertReplyApproved(work, features.feedback()));
        app.blockAction(Pattern.compile("^" + Pattern.quote(StepBlocks.ADOPT_ACTION) + "(:\\d+)?$"),
                new StepAdoptClicked(work, features.steps()));
        app.blockAction(StepBlocks.STATUS_ACTION, new StepStatusChosen(work, features.steps(), features.home()));
        app.blockAction(StepBlocks.REANSWER_ACTION, new StepReanswerClicked(work, features.steps()));
        app.blockAction(HomeBlocks.ASSESS_ACTION, new HomeAssessClicked(features.modal()));
        app.blockAction(DigestBlocks.ASSESS_ACTION, new DigestAssessClicked(features.modal()));
        app.blockAction(HomeBlocks.PROFILE_ACTION, new HomeProfileClicked(features.profile()));
        app.blockAction(HomeBlocks.DIGEST_ACTION, new HomeDigestClicked(features.digests()));
        app.blockAction(HomeBlocks.DIGEST_STOP_ACTION, new HomeDigestStopClicked(work, features.digests(), features.home()));
    }
}
