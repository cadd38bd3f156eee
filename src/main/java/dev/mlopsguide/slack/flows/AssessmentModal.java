package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.maturity.Questionnaire;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.ResultBlocks;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.webapi.RetryPolicy;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.store.DatabaseUnavailableException;
import dev.mlopsguide.store.StoreException;
import dev.mlopsguide.team.TeamAssessor;
import dev.mlopsguide.team.TeamDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment as a modal for one person: one area per view, Back and Next, the answers carried in the view's
 * signed {@code private_metadata}, and the result at the end, recorded for the channel's team.
 */
public final class AssessmentModal {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentModal.class);

    private final MaturityContent content;
    private final ResultBlocks results;
    private final SignedText signer;
    private final SlackCalls calls;
    private final TeamDirectory teams;
    private final TeamAssessor assessor;

    public AssessmentModal(MaturityContent content, SignedText signer, SlackCalls calls, TeamDirectory teams,
                           TeamAssessor assessor) {
        this.content = content;
        this.results = new ResultBlocks(content);
        this.signer = signer;
        this.calls = calls;
        this.teams = teams;
        this.assessor = assessor;
    }

    /**
     * Opens the modal at its first area. Called before the ack, because the trigger expires in three seconds.
     *
     * @throws SlackCallException when Slack refuses (for example an expired trigger)
     */
    public void open(MethodsClient client, String triggerId, String workspaceId, String channelId) {
        var progress = new ModalProgress(workspaceId, channelId, -1, Answers.NONE);
        var first = nextArea(progress.answers(), -1).orElseThrow(() -> new IllegalStateException("no questions"));
        var view = areaView(progress.at(first, progress.answers()));
        calls.withPolicy(RetryPolicy.beforeAck()).callAtMostOnce("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId)
                .view(view)));
    }

    /** "Next" or "See result": checks the area's answers, then shows what follows or records the result. */
    public ModalReply submit(String workspaceId, String userId, View view) {
        ModalProgress progress;
        try {
            progress = decode(view, workspaceId);
        } catch (ModalProgress.Unusable e) {
            LOG.warn("Refused an assessment modal's state: {}", e.getMessage());
            return new ModalReply.Update(AssessmentViews.problem(e.getMessage()));
        }
        var shown = applicableIn(progress.area(), progress.answers());
        var answers = withSubmitted(progress.answers(), view.getState());
        var missing = new HashMap<String, String>();
        shown.stream().filter(q -> answers.optionOf(q.id()).isEmpty()).forEach(q -> missing.put(q.id(), "Choose one answer."));
        if (!missing.isEmpty()) {
            return new ModalReply.Errors(missing);
        }
        // A changed answer can make more questions of this same area apply: show the area again with them.
        boolean areaGrew = applicableIn(progress.area(), answers).stream().anyMatch(q -> answers.optionOf(q.id()).isEmpty());
        var next = areaGrew ? Optional.of(progress.area()) : nextArea(answers, progress.area());
        if (next.isPresent()) {
            return new ModalReply.Update(areaView(progress.at(next.get(), answers)));
        }
        TeamAssessor.Recorded recorded;
        try {
            var team = teams.channel(workspaceId, progress.channelId(), null);
            recorded = assessor.assess(team, answers, userId, AssessmentMode.MODAL,
                    id -> Optional.of(ResultSharing.privateCopy(workspaceId, userId, progress.channelId(), id)));
        } catch (DatabaseUnavailableException | StoreException e) {
            // Keep the modal open with every answer, so that nothing is lost: the person submits again.
            LOG.error("Could not record an assessment: {}", e.getMessage());
            return new ModalReply.Errors(Map.of(shown.get(0).id(),
                    "Your answers could not be saved just now. Press \"See result\" again in a moment."));
        }
        var blocks = results.blocks(recorded.result(), "")
                .context("A copy with a button to share it in the channel was sent to you.")
                .build(Surface.MODAL, "");
        return new ModalReply.Update(AssessmentViews.result(blocks));
    }

    /** Back: keep what is selected on screen, and show the previous area with questions. */
    public void back(MethodsClient client, String workspaceId, View view) {
        View previous;
        try {
            var progress = decode(view, workspaceId);
            var answers = withSubmitted(progress.answers(), view.getState());
            previous = previousArea(answers, progress.area())
                    .map(area -> areaView(progress.at(area, answers)))
                    .orElseGet(() -> areaView(progress.at(progress.area(), answers)));
        } catch (ModalProgress.Unusable e) {
            previous = AssessmentViews.problem(e.getMessage());
        }
        var update = previous;
        calls.call("views.update", () -> client.viewsUpdate(r -> r.viewId(view.getId()).hash(view.getHash()).view(update)));
    }

    /** The view's progress, if it was signed by this app for this form and belongs to this workspace. */
    private ModalProgress decode(View view, String workspaceId) throws ModalProgress.Unusable {
        var progress = ModalProgress.decode(view.getPrivateMetadata(), questionnaire(), signer);
        if (!progress.workspaceId().equals(workspaceId)) {
            throw new ModalProgress.Unusable("This form belongs to another workspace. Start again with /mlops-assess.");
        }
        return progress;
    }

    private View areaView(ModalProgress progress) {
        var areas = questionnaire().areas();
        var withQuestions = areasWithQuestions(progress.answers());
        var area = areas.get(progress.area());
        var step = content.step(area.step()).map(s -> s.name()).orElse(area.step());
        return AssessmentViews.area(area, step, applicableIn(progress.area(), progress.answers()), progress.answers(),
                withQuestions.indexOf(progress.area()) + 1, withQuestions.size(), progress.encode(questionnaire(), signer));
    }

    private Answers withSubmitted(Answers answers, ViewState state) {
        var merged = answers;
        if (state == null || state.getValues() == null) {
            return merged;
        }
        for (var block : state.getValues().entrySet()) {
            var value = block.getValue().get(AssessmentViews.ANSWER_ACTION);
            var question = questionnaire().question(block.getKey());
            if (value == null || value.getSelectedOption() == null || question.isEmpty()) {
                continue;
            }
            var optionId = value.getSelectedOption().getValue();
            if (question.get().option(optionId).isPresent()) {
                merged = merged.with(question.get().id(), optionId);
            }
        }
        return merged;
    }

    private List<Question> applicableIn(int area, Answers answers) {
        var areaId = questionnaire().areas().get(area).id();
        return questionnaire().applicable(answers).stream().filter(q -> q.areaId().equals(areaId)).toList();
    }

    private List<Integer> areasWithQuestions(Answers answers) {
        return IntStream.range(0, questionnaire().areas().size()).filter(i -> !applicableIn(i, answers).isEmpty())
                .boxed().toList();
    }

    private Optional<Integer> nextArea(Answers answers, int current) {
        return areasWithQuestions(answers).stream().filter(i -> i > current).findFirst();
    }

    private Optional<Integer> previousArea(Answers answers, int current) {
        return areasWithQuestions(answers).stream().filter(i -> i < current).reduce((a, b) -> b);
    }

    private Questionnaire questionnaire() {
        return content.questionnaire();
    }
}
