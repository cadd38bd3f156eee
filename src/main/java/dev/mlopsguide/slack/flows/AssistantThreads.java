package dev.mlopsguide.slack.flows;

import com.slack.api.bolt.service.AssistantThreadContextService;
import com.slack.api.model.assistant.AssistantThreadContext;
import com.slack.api.model.assistant.SuggestedPrompt;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.QuestionThreads;
import dev.mlopsguide.store.TeamKey;
import dev.mlopsguide.team.TeamDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assistant pane (Slack's AI-app surface): a new thread is greeted with prompts that fit the channel the person
 * is viewing (its team's level and next steps when it has a team), and the prompts follow them as they move. The
 * channel viewed is kept in the database, not in Slack messages, so that no Slack call stands before an ack.
 */
public final class AssistantThreads implements AssistantThreadContextService {

    public static final String PROMPTS = "assistant.prompts";

    /** Prompts to set in a thread; {@code greet} for a new thread. */
    record Prompts(String workspace, String channel, String threadTs, boolean greet) {
    }

    private final QuestionThreads threads;
    private final FollowUps followUps;
    private final TeamDirectory teams;
    private final SlackAccess slack;

    public AssistantThreads(QuestionThreads threads, FollowUps followUps, TeamDirectory teams, SlackAccess slack) {
        this.threads = threads;
        this.followUps = followUps;
        this.teams = teams;
        this.slack = slack;
    }

    /** A person opened a new assistant thread: greeted and given prompts right after the ack. */
    public void started(String workspaceId, String channelId, String threadTs) {
        followUps.add(Payloads.of(PROMPTS, new Prompts(workspaceId, channelId, threadTs, true)));
    }

    /** The person moved to another channel with the thread open: the prompts follow. */
    public void moved(String workspaceId, String channelId, String threadTs) {
        followUps.add(Payloads.of(PROMPTS, new Prompts(workspaceId, channelId, threadTs, false)));
    }

    /** Follow-up work: the greeting (once) and the prompts for the channel viewed now. */
    public void setPrompts(FollowUps.Taken work) {
        var prompts = Payloads.read(work, Prompts.class);
        var client = slack.clients().require(prompts.workspace());
        var viewing = threads.find(prompts.channel(), prompts.threadTs())
                .flatMap(QuestionThreads.QuestionThread::viewingChannelId);
        var team = viewing.flatMap(channel -> teams.find(TeamKey.channel(prompts.workspace(), channel)));
        if (prompts.greet()) {
            var where = viewing.map(channel -> " I see you are in " + Mrkdwn.channel(channel) + ": ask about "
                    + (team.isPresent() ? "its team" : "your team there") + " with \"we\".").orElse("");
            slack.posts().post(client, MessagePosts.Target.thread(prompts.channel(), prompts.threadTs(),
                    "assistant-hello"), work.isRetry(), "Hi! Ask me anything about running ML models well: drift, "
                    + "registries, releases, monitoring, retraining, or where your team stands." + where, List.of());
        }
        var list = new ArrayList<SuggestedPrompt>();
        if (team.isPresent()) {
            list.add(new SuggestedPrompt("What level are we at?", "What level are we at?"));
            list.add(new SuggestedPrompt("What should we do next?", "What should we do next?"));
        } else {
            list.add(new SuggestedPrompt("Which level should we aim for?",
                    "Which level should we aim for with 3 models retrained weekly, served online?"));
        }
        list.add(new SuggestedPrompt("Detect data drift", "How do we detect data drift?"));
        list.add(new SuggestedPrompt("What does level 3 need?", "What does level 3 need?"));
        slack.calls().call("assistant.threads.setSuggestedPrompts", () -> client.assistantThreadsSetSuggestedPrompts(r -> r
                .channelId(prompts.channel()).threadTs(prompts.threadTs()).prompts(list)
                .title(team.map(t -> "Ask about " + t.name() + " or MLOps").orElse("Ask about MLOps"))));
    }

    @Override
    public Optional<AssistantThreadContext> findCurrentContext(String channelId, String threadTs) {
        return threads.find(channelId, threadTs).map(thread -> AssistantThreadContext.builder()
                .teamId(thread.workspaceId()).channelId(thread.viewingChannelId().orElse(null)).build());
    }

    @Override
    public void saveCurrentContext(String channelId, String threadTs, AssistantThreadContext context) {
        if (context.getTeamId() != null) {
            threads.viewing(context.getTeamId(), channelId, threadTs, Optional.ofNullable(context.getChannelId()));
        }
    }
}
