package dev.mlopsguide.slack;

import dev.mlopsguide.jobs.FollowUpWorker;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.flows.AssistantThreads;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.slack.flows.NextSteps;
import dev.mlopsguide.slack.flows.QuestionAnswering;
import dev.mlopsguide.slack.flows.ResultSharing;
import dev.mlopsguide.slack.flows.TeamRhythm;
import dev.mlopsguide.slack.flows.WorkflowSteps;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.FollowUps;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The follow-up work that the Slack features leave after their acks, by kind, as the worker runs it. */
public final class FollowUpHandlers {

    private static final BiConsumer<FollowUps.Taken, Exception> NOBODY_TO_TELL = (work, failure) -> { };

    private FollowUpHandlers() {
    }

    public static Map<String, FollowUpWorker.Handler> of(SlackFeatures features) {
        var thread = features.thread();
        var sharing = features.sharing();
        var questions = features.questions();
        var feedback = features.feedback();
        return Map.ofEntries(
                Map.entry(ChannelAssessment.START, handler(thread::start, thread::startGivenUp)),
                Map.entry(ChannelAssessment.STEP, handler(thread::step, thread::stepGivenUp)),
                Map.entry(ChannelAssessment.SCORE, handler(thread::score, NOBODY_TO_TELL)),
                Map.entry(ChannelAssessment.CLOSE, handler(thread::close, NOBODY_TO_TELL)),
                Map.entry(TeamRhythm.CHECK_IN, handler(features.rhythm()::startCheckIn, NOBODY_TO_TELL)),
                Map.entry(TeamRhythm.REMIND, handler(features.rhythm()::remind, NOBODY_TO_TELL)),
                Map.entry(WorkflowSteps.RUN, handler(features.workflows()::run, NOBODY_TO_TELL)),
                Map.entry(ChannelAssessment.OUTCOME, handler(features.workflows()::tellOutcome, NOBODY_TO_TELL)),
                Map.entry(NextSteps.ADOPTED, handler(features.steps()::announce, NOBODY_TO_TELL)),
                Map.entry(NextSteps.DONE, handler(features.steps()::promptReanswer, NOBODY_TO_TELL)),
                Map.entry(QuestionAnswering.ANSWER, handler(questions::answerInThread, questions::answerGivenUp)),
                Map.entry(QuestionAnswering.TELL_HOW, handler(questions::tellHowToFollowUp, NOBODY_TO_TELL)),
                Map.entry(AnswerFeedback.ESCALATE, handler(feedback::escalate, feedback::escalationGivenUp)),
                Map.entry(AnswerFeedback.EXPERT_REPLY, handler(feedback::postReply, feedback::replyGivenUp)),
                Map.entry(AssistantThreads.PROMPTS, handler(features.assistant()::setPrompts, NOBODY_TO_TELL)),
                Map.entry(ResultSharing.SEND_PRIVATELY, handler(sharing::sendPrivately, NOBODY_TO_TELL)),
                Map.entry(ResultSharing.SHARE, handler(sharing::share, sharing::shareGivenUp)));
    }

    /**
     * Slack's permanent refusals (the channel, the token or the install must change first) and work that cannot be
     * read are not retried.
     */
    private static FollowUpWorker.Handler handler(Consumer<FollowUps.Taken> run,
                                                  BiConsumer<FollowUps.Taken, Exception> gaveUp) {
        return new FollowUpWorker.Handler() {
            @Override
            public void run(FollowUps.Taken work) {
                run.accept(work);
            }

            @Override
            public boolean isPermanent(Exception failure) {
                return failure instanceof SlackCallException e && e.isPermanent()
                        || failure instanceof IllegalArgumentException;
            }

            @Override
            public void gaveUp(FollowUps.Taken work, Exception failure) {
                gaveUp.accept(work, failure);
            }
        };
    }
}
