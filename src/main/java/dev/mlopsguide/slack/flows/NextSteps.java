package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.maturity.Effort;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.maturity.NextStep;
import dev.mlopsguide.maturity.Question;
import dev.mlopsguide.report.Wording;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.HomeBlocks;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.StepBlocks;
import dev.mlopsguide.slack.blocks.Surface;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.steps.AdoptedStep;
import dev.mlopsguide.steps.StepWebhook;
import dev.mlopsguide.store.AdoptedSteps;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.People;
import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.store.WorkspaceSettings;
import dev.mlopsguide.team.TeamAssessor;
import dev.mlopsguide.team.TeamDirectory;
import dev.mlopsguide.team.TeamResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Next steps that get done: adopted from a result, the App Home or the digest with an owner and a due date; followed
 * with a status (planned, doing, done, dropped) in the App Home and {@code /mlops-assess steps}; announced once in
 * the team's channel and, with a webhook, sent once as an issue; and, once done, a prompt to re-answer the question
 * the step lifts.
 */
public final class NextSteps {

    public static final String ADOPTED = "steps.adopted";
    public static final String DONE = "steps.done";
    private static final Logger LOG = LoggerFactory.getLogger(NextSteps.class);
    private static final Map<Effort, Integer> DAYS_BY_EFFORT = Map.of(Effort.S, 14, Effort.M, 42, Effort.L, 91);
    private static final String UNKNOWN = "This step belongs to a team I no longer know about.";

    /** Announce an adopted step in its team's channel, after sending it to the webhook. */
    record Adopted(String workspace, long step) {
    }

    /** Ask the team whether a step marked done changes its answer. */
    record Done(String workspace, long step, String doneBy) {
    }

    /** What the step flows read and write besides Slack. */
    public record Records(AdoptedSteps steps, WorkspaceSettings settings, FollowUps followUps, People people) {
    }

    private final MaturityContent content;
    private final TeamDirectory teams;
    private final TeamResults results;
    private final TeamAssessor assessor;
    private final Records records;
    private final SignedText signer;
    private final SlackAccess slack;
    private final StepWebhook webhook;
    private final Clock clock;

    public NextSteps(MaturityContent content, TeamDirectory teams, TeamResults results, TeamAssessor assessor,
                     Records records, SignedText signer, SlackAccess slack, StepWebhook webhook, Clock clock) {
        this.content = content;
        this.teams = teams;
        this.results = results;
        this.assessor = assessor;
        this.records = records;
        this.signer = signer;
        this.slack = slack;
        this.webhook = webhook;
        this.clock = clock;
    }

    /**
     * "Adopt" beside a next step: opens the form (pushed over a modal the button was in), before the ack, while the
     * trigger lasts.
     *
     * @return a note for the person, when the step or its team is unknown
     */
    public Optional<String> openAdoptForm(MethodsClient client, String triggerId, String workspaceId, String userId,
                                          String value, boolean inModal) {
        var adoptable = StepBlocks.Adoptable.parse(value);
        var step = adoptable.flatMap(a -> content.nextStep(a.stepId()));
        if (step.isEmpty() || teams.find(TeamKey.channel(workspaceId, adoptable.get().channelId())).isEmpty()) {
            return Optional.of(UNKNOWN);
        }
        var due = today().plusDays(DAYS_BY_EFFORT.get(step.get().effort()));
        var view = StepBlocks.adoptForm(step.get(), signer.signFor(workspaceId, value), userId, due);
        if (inModal) {
            slack.calls().pushView(client, triggerId, view);
        } else {
            slack.calls().openView(client, triggerId, view);
        }
        return Optional.empty();
    }

    /** The adoption form submitted: kept, with the work of announcing it (and sending it to the webhook). */
    public ModalReply adopt(String workspaceId, String userId, View view) {
        var adoptable = signer.verifyFor(workspaceId, view.getPrivateMetadata()).flatMap(StepBlocks.Adoptable::parse);
        var team = adoptable.flatMap(a -> teams.find(TeamKey.channel(workspaceId, a.channelId())));
        var step = adoptable.flatMap(a -> content.nextStep(a.stepId()));
        if (team.isEmpty() || step.isEmpty()) {
            return new ModalReply.Update(AssessmentViews.problem("This form could not be verified, so nothing was adopted."));
        }
        var owner = StepBlocks.owner(view.getState());
        var due = StepBlocks.due(view.getState());
        if (owner.isEmpty()) {
            return new ModalReply.Errors(Map.of(StepBlocks.OWNER_BLOCK, "Choose who owns the step."));
        }
        if (due.isEmpty() || due.get().isBefore(today())) {
            return new ModalReply.Errors(Map.of(StepBlocks.DUE_BLOCK, "Choose a due date from today on."));
        }
        records.steps().adopt(team.get().id(), step.get().id(), adoptable.get().questionId(), owner.get(), due.get(),
                userId, id -> Optional.of(Payloads.of(ADOPTED, new Adopted(workspaceId, id))));
        return new ModalReply.Update(StepBlocks.adopted(step.get(), owner.get(), due.get()));
    }

    /**
     * Follow-up work: sends the step to the workspace's webhook (once: the receiver gets the same idempotency key on a
     * retry), then tells the team's channel, once, with the issue's address when there is one.
     */
    public void announce(FollowUps.Taken work) {
        var adopted = Payloads.read(work, Adopted.class);
        var step = records.steps().byId(adopted.step());
        var team = step.flatMap(s -> teams.byId(s.teamId()));
        if (step.isEmpty() || team.isEmpty()) {
            return;
        }
        var catalogued = catalogued(step.get());
        var issue = step.get().issueUrl().or(() -> sendToWebhook(adopted.workspace(), team.get(), step.get(), catalogued));
        var client = slack.clients().require(adopted.workspace());
        slack.posts().post(client, MessagePosts.Target.channel(team.get().key().externalId(), "adopted:" + step.get().id()),
                work.isRetry(), StepBlocks.adoptedMessage(catalogued, step.get(), issue), List.of());
    }

    private Optional<String> sendToWebhook(String workspaceId, Team team, AdoptedStep step, NextStep catalogued) {
        var url = records.settings().stepsWebhook(workspaceId);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        var owner = records.people().names(workspaceId).getOrDefault(step.ownerId(), step.ownerId());
        var issue = new StepWebhook.Issue("mlops-guide-" + workspaceId + "-step-" + step.id(), catalogued.title(),
                catalogued.why() + "\n\nHow: " + catalogued.how() + "\n\nAdopted in MLOps Guide by the team "
                        + team.name() + "; owner " + owner + ", due " + Wording.day(step.dueOn()) + ".",
                team.name(), owner, step.dueOn(), "https://slack.com/app_redirect?team=" + workspaceId + "&channel="
                + team.key().externalId());
        try {
            var created = webhook.send(url.get(), issue);
            created.ifPresent(address -> records.steps().issueCreated(step.id(), address));
            return created;
        } catch (StepWebhook.Refused e) {
            LOG.warn("The steps webhook of {} refused step {}: {}", workspaceId, step.id(), e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the steps webhook did not take step " + step.id(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending step " + step.id(), e);
        }
    }

    /**
     * A status chosen in a step's menu ({@code value}: the step's id and the status): kept before the ack; "done"
     * keeps the work of asking the team whether it changes an answer.
     *
     * @return a note for the person, when the step is not one of this workspace's
     */
    public Optional<String> setStatus(String workspaceId, String userId, String value) {
        var parts = value == null ? new String[0] : value.split(" ");
        var status = parts.length == 2 ? AdoptedStep.Status.fromId(parts[1]) : Optional.<AdoptedStep.Status>empty();
        var step = status.isPresent() && parts[0].matches("\\d{1,18}")
                ? records.steps().byId(Long.parseLong(parts[0])).filter(s -> inWorkspace(s, workspaceId))
                : Optional.<AdoptedStep>empty();
        if (step.isEmpty()) {
            return Optional.of(UNKNOWN);
        }
        var then = status.get() == AdoptedStep.Status.DONE
                ? Optional.of(Payloads.of(DONE, new Done(workspaceId, step.get().id(), userId))) : Optional.<FollowUps.FollowUp>empty();
        records.steps().setStatus(step.get().id(), status.get(), then);
        return Optional.empty();
    }

    /** Follow-up work: tells the team's channel that a step is done, with a button to re-answer its question. */
    public void promptReanswer(FollowUps.Taken work) {
        var done = Payloads.read(work, Done.class);
        var step = records.steps().byId(done.step());
        var team = step.flatMap(s -> teams.byId(s.teamId()));
        if (step.isEmpty() || team.isEmpty()) {
            return;
        }
        var channel = team.get().key().externalId();
        var question = step.get().questionId().flatMap(id -> content.questionnaire().question(id));
        var title = content.nextStepTitle(step.get().stepId());
        var blocks = StepBlocks.doneMessage(done.doneBy(), title, question, channel + " "
                + step.get().questionId().orElse(""));
        slack.posts().post(slack.clients().require(done.workspace()), MessagePosts.Target.channel(channel,
                "done:" + step.get().id() + ":" + work.id()), work.isRetry(), "A next step is done: " + title, blocks);
    }

    /** "Re-answer this question" under a done step: the one-question form, its current answer chosen. */
    public Optional<String> openReanswerForm(MethodsClient client, String triggerId, String workspaceId, String value) {
        var parts = value == null ? new String[0] : value.split(" ");
        var question = parts.length == 2 ? content.questionnaire().question(parts[1]) : Optional.<Question>empty();
        var latest = question.flatMap(q -> results.latest(TeamKey.channel(workspaceId, parts[0])));
        if (latest.isEmpty()) {
            return Optional.of("I don't know this team's latest assessment any more; run `/mlops-assess team` in its channel.");
        }
        var view = StepBlocks.reanswerForm(question.get(), latest.get().record().answers().optionOf(question.get().id()),
                signer.signFor(workspaceId, value));
        slack.calls().openView(client, triggerId, view);
        return Optional.empty();
    }

    /** The re-answer submitted: a new assessment of the team, its latest answers with this one changed. */
    public ModalReply reanswer(String workspaceId, String userId, View view) {
        var parts = signer.verifyFor(workspaceId, view.getPrivateMetadata()).map(v -> v.split(" "))
                .filter(p -> p.length == 2);
        var latest = parts.flatMap(p -> results.latest(TeamKey.channel(workspaceId, p[0])));
        var question = parts.flatMap(p -> content.questionnaire().question(p[1]));
        var option = StepBlocks.answer(view.getState()).filter(o -> question.flatMap(q -> q.option(o)).isPresent());
        if (latest.isEmpty() || question.isEmpty()) {
            return new ModalReply.Update(AssessmentViews.problem("This form could not be verified, so nothing was recorded."));
        }
        if (option.isEmpty()) {
            return new ModalReply.Errors(Map.of(StepBlocks.ANSWER_BLOCK, "Choose the team's answer."));
        }
        var answers = content.questionnaire().known(latest.get().record().answers().with(question.get().id(), option.get()));
        var recorded = assessor.assess(latest.get().team(), answers, Optional.empty(), userId, AssessmentMode.MODAL, Map.of());
        var level = recorded.result().score().level();
        return new ModalReply.Update(StepBlocks.reanswered(latest.get().record().level(), level,
                recorded.result().level().name()));
    }

    /** The adopted steps of a channel's team, with a status menu each. */
    public List<LayoutBlock> list(String workspaceId, String channelId, Surface surface) {
        return list(channelId, adopted(workspaceId, channelId), surface);
    }

    /** The App Home's part: the team's adopted steps, and which are open (they need no Adopt button there). */
    public HomeBlocks.Adopted home(String workspaceId, String channelId) {
        var adopted = adopted(workspaceId, channelId);
        return new HomeBlocks.Adopted(list(channelId, adopted, Surface.HOME), adopted.stream()
                .filter(AdoptedStep::isOpen).map(AdoptedStep::stepId).collect(Collectors.toSet()));
    }

    private List<AdoptedStep> adopted(String workspaceId, String channelId) {
        return teams.find(TeamKey.channel(workspaceId, channelId)).map(t -> records.steps().ofTeam(t.id()))
                .orElse(List.of());
    }

    private List<LayoutBlock> list(String channelId, List<AdoptedStep> adopted, Surface surface) {
        return StepBlocks.list(channelId, adopted.stream().map(s -> new StepBlocks.Listed(s, content.nextStepTitle(s.stepId())))
                .toList(), today(), surface);
    }

    /** {@code /mlops-assess steps}: the channel's team's adopted steps. */
    public Reply steps(String workspaceId, String channelId) {
        return new Reply("The adopted next steps of " + Mrkdwn.channel(channelId), list(workspaceId, channelId, Surface.MESSAGE));
    }

    private NextStep catalogued(AdoptedStep step) {
        return content.nextStep(step.stepId()).orElse(new NextStep(step.stepId(),
                step.stepId(), "", "", Effort.M, List.of(), ""));
    }

    private boolean inWorkspace(AdoptedStep step, String workspaceId) {
        return teams.byId(step.teamId()).filter(t -> t.key().workspaceId().equals(workspaceId)).isPresent();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
