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
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.ResultBlocks;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.slack.webapi.SlackChannels;
import dev.mlopsguide.store.DatabaseUnavailableException;
import dev.mlopsguide.store.StoreException;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.TeamKind;
import dev.mlopsguide.team.TeamAssessor;
import dev.mlopsguide.team.TeamDirectory;
import dev.mlopsguide.team.TeamResults;
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
    private final ResultBlocks resultBlocks;
    private final SignedText signer;
    private final SlackCalls calls;
    private final TeamDirectory teams;
    private final TeamAssessor assessor;
    private final TeamResults results;

    public AssessmentModal(MaturityContent content, SignedText signer, SlackCalls calls, TeamDirectory teams,
                           TeamAssessor assessor, TeamResults results) {
        this.content = content;
        this.resultBlocks = new ResultBlocks(content);
        this.signer = signer;
        this.calls = calls;
        this.teams = teams;
        this.assessor = assessor;
        this.results = results;
    }

    /**
     * Opens the modal at its first area, within the trigger's three seconds (so Slack is not asked twice).
     *
     * @throws SlackCallException when Slack refuses (for example an expired trigger)
     */
    public void open(MethodsClient client, String triggerId, String workspaceId, String channelId) {
        calls.openView(client, triggerId, firstArea(workspaceId, channelId));
    }

    /**
     * Opens the modal where no channel says which team it is for (the App Home, a DM) at that question, with the
     * team the person assessed last chosen to start with.
     */
    public void openChoosingTeam(MethodsClient client, String triggerId, String workspaceId, String userId) {
        var lastTeam = results.latestTakenBy(workspaceId, userId).map(latest -> latest.team().key())
                .filter(key -> key.kind() == TeamKind.CHANNEL).map(TeamKey::externalId);
        calls.openView(client, triggerId, AssessmentViews.chooseTeam(lastTeam));
    }

    /** The team was chosen: its first area, or an error when the choice is not a channel. */
    public ModalReply teamChosen(String workspaceId, View view) {
        var chosen = AssessmentViews.chosenTeam(view.getState());
        if (chosen.isEmpty() || SlackChannels.isDirect(chosen.get())) {
            return new ModalReply.Errors(Map.of(AssessmentViews.TEAM_BLOCK,
                    "Choose your team's channel: the result, the target and the digest live there."));
        }
        return new ModalReply.Update(firstArea(workspaceId, chosen.get()));
    }

    /** The first area, with the answers of the team's latest assessment chosen, to change only what changed. */
    private View firstArea(String workspaceId, String channelId) {
        var latest = results.latest(TeamKey.channel(workspaceId, channelId)).map(TeamResults.Result::record);
        var answers = latest.map(record -> questionnaire().known(record.answers())).orElse(Answers.NONE);
        var first = nextArea(answers, -1).orElseThrow(() -> new IllegalStateException("no questions"));
        var progress = new ModalProgress(workspaceId, channelId, first, answers);
        return areaView(progress, latest.filter(r -> answers.size() > 0)
                .map(r -> "Your team's answers of " + Mrkdwn.date(r.takenAt()) + " are chosen: change what changed."));
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
        var blocks = resultBlocks.blocks(recorded.result(), "", Optional.of(progress.channelId()))
                .context("A copy with a button to share it in the channel was sent to you.")
                .build(Surface.MODAL, "");
        return new ModalReply.Update(AssessmentViews.result(blocks));
    }

    /**
     * Back: keep what is selected on screen, and show the previous area with questions. When Slack refuses the new
     * view, the person is told by DM: the modal itself cannot say it.
     */
    public void back(MethodsClient client, String workspaceId, String userId, View view) {
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
        try {
            calls.call("views.update", () -> client.viewsUpdate(r -> r.viewId(view.getId()).hash(view.getHash()).view(update)));
        } catch (SlackCallException e) {
            // A hash conflict means a newer view is already on screen: nothing went missing.
            if (!e.error().equals("hash_conflict")) {
                new MessagePosts(calls).tellDirectly(client, userId, "Back did not work in your MLOps assessment. "
                        + e.inWords() + " Your answers are kept in the form: press Back or Next again.");
            }
        }
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
        return areaView(progress, Optional.empty());
    }

    private View areaView(ModalProgress progress, Optional<String> note) {
        var areas = questionnaire().areas();
        var withQuestions = areasWithQuestions(progress.answers());
        var area = areas.get(progress.area());
        var step = content.step(area.step()).map(s -> s.name()).orElse(area.step());
        return AssessmentViews.area(area, step, applicableIn(progress.area(), progress.answers()), progress.answers(),
                withQuestions.indexOf(progress.area()) + 1, withQuestions.size(), note, progress.encode(questionnaire(), signer));
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
