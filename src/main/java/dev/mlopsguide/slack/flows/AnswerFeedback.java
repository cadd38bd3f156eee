package dev.mlopsguide.slack.flows;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.slack.blocks.AssessmentViews;
import dev.mlopsguide.slack.blocks.EscalationBlocks;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.store.Feedback;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.KnowledgeGaps;
import dev.mlopsguide.store.Teams;
import dev.mlopsguide.store.WorkspaceSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Helpful" and "Not helpful" on an answer, and where "Not helpful" leads: the vote is stored with the question and
 * its sources, shown on the message, and may be changed once; "Not helpful" asks what was missing and keeps it as a
 * knowledge gap; with an experts' channel set, it goes there, an expert replies in the asker's thread, and once
 * approved, the reply comes with the answer the next time the question is asked.
 */
public final class AnswerFeedback {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerFeedback.class);

    public static final String ESCALATE = "feedback.escalate";
    public static final String EXPERT_REPLY = "feedback.expert-reply";
    /** What an expert reads when the question a button names is gone (its workspace's data deleted, say). */
    public static final String GONE = "That question is no longer kept.";

    /** What a vote came to: the note for the voter, and for a "not helpful" that stands, the gap it opened. */
    public record Voted(String thanks, Optional<Long> gapId) {
    }

    /** An answer message and the thread it is in. */
    public record AnswerMessage(String channelId, String messageTs, String threadTs, String text) {
    }

    /** A gap to post to the experts. */
    record Escalation(String workspace, long gapId) {
    }

    /** An expert's reply to post in the asker's thread, with the experts' post it came from. */
    record ExpertReply(String workspace, long gapId, String expertsChannel, String expertsTs) {
    }

    private final Teams teams;
    private final Feedback feedback;
    private final KnowledgeGaps gaps;
    private final WorkspaceSettings settings;
    private final FollowUps followUps;
    private final SignedText signer;
    private final SlackAccess slack;

    public AnswerFeedback(Teams teams, Feedback feedback, KnowledgeGaps gaps, WorkspaceSettings settings,
                          FollowUps followUps, SignedText signer, SlackAccess slack) {
        this.teams = teams;
        this.feedback = feedback;
        this.gaps = gaps;
        this.settings = settings;
        this.followUps = followUps;
        this.signer = signer;
        this.slack = slack;
    }

    /** Records the vote carried by a feedback button's {@code value} on {@code message}. */
    public Voted vote(String workspaceId, String userId, AnswerMessage message, String value, boolean helpful) {
        var voted = AnswerBlocks.Feedback.parse(value);
        teams.ensureWorkspace(workspaceId, workspaceId);
        var outcome = feedback.vote(new Feedback.Vote(workspaceId, userId, message.channelId(), message.messageTs(),
                voted.question(), voted.sourceIds(), helpful));
        Optional<Long> gap = Optional.empty();
        if (!helpful && outcome.stands() && message.channelId() != null && message.threadTs() != null) {
            gap = Optional.of(gaps.record("vote:" + message.channelId() + ":" + message.messageTs() + ":" + userId,
                    new KnowledgeGaps.Asked(workspaceId, message.channelId(), message.threadTs(), userId, voted.question(),
                            message.text()), KnowledgeGaps.Reason.NOT_HELPFUL));
        }
        return new Voted(switch (outcome) {
            case RECORDED -> helpful ? "Thanks! Glad it helped." : "Thanks for telling me. I'll use it to get better.";
            case CHANGED -> "Your vote is changed. That was your one change for this answer.";
            case SAME_AS_BEFORE -> "You already voted that way.";
            case ALREADY_CHANGED -> "You have changed your vote on this answer once already, so it stays as it is.";
        }, gap);
    }

    /** After the ack: the answer message shows its votes. */
    public void showVotes(MethodsClient client, String workspaceId, AnswerMessage message, List<LayoutBlock> blocks) {
        var votes = feedback.tally(workspaceId, message.channelId(), message.messageTs());
        slack.calls().call("chat.update", () -> client.chatUpdate(r -> r.channel(message.channelId())
                .ts(message.messageTs()).text(message.text()).blocks(AnswerBlocks.withVotes(blocks, votes))));
    }

    /** Asks the asker what the answer lacked (the trigger lasts three seconds, so before the ack). */
    public void askWhatWasMissing(MethodsClient client, String triggerId, String workspaceId, long gapId) {
        var experts = settings.questions(workspaceId).expertsChannel().isPresent();
        slack.calls().openView(client, triggerId, EscalationBlocks.missingForm(signer.signFor(workspaceId, String.valueOf(gapId)), experts));
    }

    /** What was missing, as the asker said: kept, and sent to the experts if the workspace has them. */
    public ModalReply missing(String workspaceId, View view) {
        var gap = signer.verifyFor(workspaceId, view.getPrivateMetadata()).map(Long::parseLong);
        var text = EscalationBlocks.text(view.getState());
        if (gap.isEmpty()) {
            return new ModalReply.Update(AssessmentViews.problem("This form could not be verified, so nothing was sent."));
        }
        if (text.isEmpty()) {
            return new ModalReply.Errors(Map.of(EscalationBlocks.TEXT_BLOCK, "Say in a few words what you needed."));
        }
        gaps.missing(gap.get(), text.get());
        var experts = settings.questions(workspaceId).expertsChannel();
        if (experts.isPresent()) {
            followUps.add(Payloads.of(ESCALATE, new Escalation(workspaceId, gap.get())));
        }
        return new ModalReply.Update(EscalationBlocks.sent("Not helpful", experts.isPresent()
                ? ":raising_hand: Sent to the experts. When one of them replies, the reply comes in your thread."
                : ":memo: Thanks: it goes into the report of questions my knowledge does not answer yet."));
    }

    /** Follow-up work: the gap posted once in the experts' channel, with a button to reply. */
    public void escalate(FollowUps.Taken work) {
        var escalation = Payloads.read(work, Escalation.class);
        var gap = gaps.find(escalation.workspace(), escalation.gapId()).orElseThrow(
                () -> new IllegalArgumentException("no gap " + escalation.gapId()));
        var experts = settings.questions(escalation.workspace()).expertsChannel();
        if (experts.isEmpty()) {
            return;
        }
        var client = slack.clients().require(escalation.workspace());
        slack.posts().post(client, MessagePosts.Target.channel(experts.get(), "escalation:" + gap.id()), work.isRetry(),
                "A question for the experts: " + gap.asked().question(), EscalationBlocks.escalation(gap));
        gaps.escalated(gap.id());
    }

    /** The escalation could not be posted for good: the asker, told it went to the experts, is told it did not. */
    public void escalationGivenUp(FollowUps.Taken work, Exception failure) {
        var escalation = Payloads.read(work, Escalation.class);
        gaps.find(escalation.workspace(), escalation.gapId()).ifPresent(gap -> tell(escalation.workspace(),
                gap.asked().askerId(), "I could not send your question to the experts' channel. "
                        + SlackCallException.inWords(failure) + " It stays in the report of questions I could not answer."));
    }

    /**
     * "Reply in their thread" in the experts' channel: the expert's form, which remembers the post it came from; false
     * when the question is no longer kept.
     */
    public boolean openReply(MethodsClient client, String triggerId, String workspaceId, String gapId,
                             String expertsChannel, String expertsTs) {
        var gap = gap(workspaceId, gapId);
        gap.ifPresent(g -> slack.calls().openView(client, triggerId, EscalationBlocks.replyForm(g, signer.signFor(workspaceId,
                g.id() + " " + expertsChannel + " " + expertsTs))));
        return gap.isPresent();
    }

    /** The expert's reply: kept, then posted in the asker's thread after the ack. */
    public ModalReply reply(String workspaceId, String expertId, View view) {
        var signed = signer.verifyFor(workspaceId, view.getPrivateMetadata()).map(text -> text.split(" "));
        var text = EscalationBlocks.text(view.getState());
        if (signed.isEmpty() || signed.get().length != 3) {
            return new ModalReply.Update(AssessmentViews.problem("This form could not be verified, so nothing was posted."));
        }
        if (text.isEmpty()) {
            return new ModalReply.Errors(Map.of(EscalationBlocks.TEXT_BLOCK, "Write the reply to post."));
        }
        long gapId = Long.parseLong(signed.get()[0]);
        gaps.reply(gapId, expertId, text.get());
        followUps.add(Payloads.of(EXPERT_REPLY, new ExpertReply(workspaceId, gapId, signed.get()[1], signed.get()[2])));
        return new ModalReply.Update(EscalationBlocks.sent("Reply to a question", ":white_check_mark: Your reply is on "
                + "its way to the asker's thread. Approve it in the experts' channel to have me offer it next time."));
    }

    /** Follow-up work: the expert's reply in the asker's thread, and the offer to approve it in the experts' post. */
    public void postReply(FollowUps.Taken work) {
        var reply = Payloads.read(work, ExpertReply.class);
        var gap = gaps.find(reply.workspace(), reply.gapId()).orElseThrow(
                () -> new IllegalArgumentException("no gap " + reply.gapId()));
        var client = slack.clients().require(reply.workspace());
        var asked = gap.asked();
        slack.posts().post(client, MessagePosts.Target.thread(asked.channelId(), asked.threadTs(), "expert-reply:" + work.id()),
                work.isRetry(), "<@" + gap.expertId().orElseThrow() + "> answered <@" + asked.askerId() + ">: "
                        + gap.expertReply().orElseThrow(), List.of());
        slack.posts().post(client, MessagePosts.Target.thread(reply.expertsChannel(), reply.expertsTs(),
                "expert-approval:" + work.id()), work.isRetry(), "Approve this reply for future answers?",
                EscalationBlocks.approval(gap));
    }

    /** The expert's reply could not be posted for good: the expert is told, with their reply kept. */
    public void replyGivenUp(FollowUps.Taken work, Exception failure) {
        var reply = Payloads.read(work, ExpertReply.class);
        gaps.find(reply.workspace(), reply.gapId()).ifPresent(gap -> tell(reply.workspace(), gap.expertId().orElseThrow(),
                "I could not post your reply in the asker's thread. " + SlackCallException.inWords(failure)
                        + " Your reply is kept, and can still be approved for future answers."));
    }

    /** "Approve for future answers", pressed in the experts' channel; returns the note for the one who pressed it. */
    public String approve(String workspaceId, String userId, String channelId, String gapId) {
        var experts = settings.questions(workspaceId).expertsChannel();
        if (!experts.equals(Optional.of(channelId))) {
            return "Only the experts' channel can approve replies.";
        }
        var gap = gap(workspaceId, gapId);
        if (gap.isEmpty()) {
            return GONE;
        }
        return gaps.approve(gap.get().id(), userId)
                ? ":white_check_mark: Approved: I will offer this reply when someone asks the same question."
                : "This reply was approved already.";
    }

    /** A note by DM; when Slack refuses that too, the log says so (the person cannot be reached). */
    private void tell(String workspaceId, String userId, String text) {
        try {
            slack.posts().tellDirectly(slack.clients().require(workspaceId), userId, text);
        } catch (SlackCallException e) {
            LOG.error("Could not tell {} that an escalated question went no further: {}", userId, e.error());
        }
    }

    /** The gap a button names, if it is still kept in the workspace. */
    private Optional<KnowledgeGaps.Gap> gap(String workspaceId, String gapId) {
        try {
            return gaps.find(workspaceId, Long.parseLong(gapId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
