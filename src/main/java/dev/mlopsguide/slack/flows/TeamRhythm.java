package dev.mlopsguide.slack.flows;

import dev.mlopsguide.rhythm.Cadence;
import dev.mlopsguide.rhythm.ThreadRhythm;
import dev.mlopsguide.slack.blocks.CheckInBlocks;
import dev.mlopsguide.slack.blocks.Mrkdwn;
import dev.mlopsguide.slack.blocks.ThreadBlocks;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.TimeZones;
import dev.mlopsguide.store.Cadences;
import dev.mlopsguide.store.ChannelFlow;
import dev.mlopsguide.store.FollowUps;
import dev.mlopsguide.store.Team;
import dev.mlopsguide.store.TeamKind;
import dev.mlopsguide.team.TeamDirectory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rhythm of team threads, run every hour by one replica: each open thread is reminded a day and three days after
 * it started (within working hours in the team's time zone) and closes by itself after the workspace's time; each
 * assessed channel team is invited to a check-in when its cadence comes due. Every step is claimed in the database
 * with the work that carries it out, so it happens once whatever replica runs it and whatever crashes.
 */
public final class TeamRhythm {

    public static final String TASK_NAME = "team-rhythm";
    public static final String CHECK_IN = "rhythm.check-in";
    public static final String REMIND = "rhythm.remind";
    private static final Logger LOG = LoggerFactory.getLogger(TeamRhythm.class);

    /** Invite a team to its check-in. */
    record CheckIn(long teamId) {
    }

    /** Post reminder {@code number} in a thread. */
    record Reminder(long flow, int number) {
    }

    private final ChannelAssessment thread;
    private final ChannelAssessment.Records records;
    private final TeamDirectory teams;
    private final SlackAccess slack;
    private final TimeZones zones;
    private final Clock clock;

    public TeamRhythm(ChannelAssessment thread, ChannelAssessment.Records records, TeamDirectory teams,
                      SlackAccess slack, Clock clock) {
        this.thread = thread;
        this.records = records;
        this.teams = teams;
        this.slack = slack;
        this.zones = new TimeZones(slack.calls());
        this.clock = clock;
    }

    /**
     * {@code /mlops-assess cadence [choice]} in a team's channel: says how often the team is invited to a check-in and
     * when the next one comes, after changing it when {@code argument} says how.
     */
    public Reply cadence(String workspaceId, String channelId, String channelName, String argument, String userId) {
        var team = teams.channel(workspaceId, channelId, channelName);
        var cadences = records.cadences();
        String changed = "";
        if (!argument.isBlank()) {
            var months = Cadence.parse(argument);
            if (months.isEmpty()) {
                return Reply.plain("I don't know the cadence " + Mrkdwn.code(argument) + ". Say " + Cadence.CHOICES
                        + ", or a number of months.");
            }
            cadences.set(team.id(), months.get(), userId);
            changed = "Changed. ";
        }
        int months = cadences.months(team.id());
        var latest = records.assessments().latest(team.id());
        String next;
        if (months == 0) {
            next = "This team is not invited to re-assess; `/mlops-assess team` starts an assessment whenever you like.";
        } else if (latest.isEmpty()) {
            next = "The first check-in comes " + Cadence.span(months) + " after the team's first assessment "
                    + "(`/mlops-assess team`).";
        } else {
            var rhythm = cadences.assessedChannelTeams().stream().filter(r -> r.teamId() == team.id()).findFirst();
            next = "The next check-in: " + rhythm.flatMap(Cadences.Rhythm::dueAt).map(Mrkdwn::date).orElse("soon")
                    + ". The channel gets a thread with the latest answers filled in, to change what changed.";
        }
        return Reply.plain(changed + "This team re-assesses " + Cadence.inWords(months) + ". " + next
                + "\nChange it with `/mlops-assess cadence " + Cadence.USAGE + "`.");
    }

    /** Keeps the work of every reminder, closing and check-in that is due now. */
    public void runDue() {
        var now = clock.instant();
        for (var flow : records.flows().open()) {
            var due = ThreadRhythm.due(flow.startedAt(), flow.remindersSent(), flow.zone().orElse(ZoneOffset.UTC),
                    thread.closeAfter(flow), now);
            if (due instanceof ThreadRhythm.Remind remind) {
                records.flows().remind(flow.id(), remind.number(), Payloads.of(REMIND, new Reminder(flow.id(),
                        remind.number())));
            } else if (due instanceof ThreadRhythm.Close) {
                thread.closeByItself(flow);
            }
        }
        for (var rhythm : records.cadences().assessedChannelTeams()) {
            if (rhythm.dueAt().filter(at -> !at.isAfter(now)).isPresent() && hasNoOpenThread(rhythm)) {
                records.cadences().claimInvitation(rhythm, Payloads.of(CHECK_IN, new CheckIn(rhythm.teamId())));
            }
        }
    }

    private boolean hasNoOpenThread(Cadences.Rhythm rhythm) {
        return teams.byId(rhythm.teamId()).filter(team -> team.key().kind() == TeamKind.CHANNEL)
                .map(team -> records.flows().openIn(team.key().externalId()).isEmpty()).orElse(false);
    }

    /**
     * Follow-up work: starts a team's check-in in its channel (once), its answers carried over from its latest
     * assessment, unless the channel has an open thread by now.
     */
    public void startCheckIn(FollowUps.Taken work) {
        var checkIn = Payloads.read(work, CheckIn.class);
        var team = teams.byId(checkIn.teamId());
        if (team.isEmpty() || !work.isRetry() && records.flows().openIn(team.get().key().externalId()).isPresent()) {
            return;
        }
        checkIn(team.get(), "check-in:" + work.id(), work.isRetry());
    }

    /**
     * Starts a check-in of the team in its channel, posted under {@code name} (once, when {@code mayExist} says an
     * earlier attempt may have posted it), its answers carried over from the team's latest assessment.
     *
     * @return the check-in; empty when the team was never assessed, so there is nothing to carry over
     */
    Optional<ChannelFlow> checkIn(Team team, String name, boolean mayExist) {
        var previous = records.assessments().latest(team.id());
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        var channel = team.key().externalId();
        var client = slack.clients().require(team.key().workspaceId());
        var record = previous.get();
        var content = thread.content();
        var rootTs = slack.posts().post(client, MessagePosts.Target.channel(channel, name), mayExist,
                CheckInBlocks.openFallback(), thread.checkInRoot(team, clock.instant(), CheckInBlocks.Progress.NONE));
        var known = content.questionnaire().known(record.answers());
        var carried = known.byQuestion().entrySet().stream().map(answer -> new ChannelFlow.Answer(answer.getKey(),
                answer.getValue(), record.takenBy(), record.takenAt(), true)).toList();
        var flow = records.flows().start(team.id(), channel, rootTs, content.questionnaire(), record.takenBy(),
                zones.of(client, record.takenBy()), ChannelFlow.Kind.CHECK_IN, carried);
        thread.postCard(client, flow, mayExist);
        LOG.info("Check-in {} started in {} for team {}", flow.id(), channel, team.id());
        return Optional.of(flow);
    }

    /** Follow-up work: reminds the channel of a thread still open, in the thread and in the channel. */
    public void remind(FollowUps.Taken work) {
        var reminder = Payloads.read(work, Reminder.class);
        var flow = records.flows().byId(reminder.flow()).filter(f -> f.status() == ChannelFlow.Status.OPEN);
        if (flow.isEmpty()) {
            return;
        }
        var state = thread.state(flow.get());
        var closesAt = ThreadRhythm.closesAt(flow.get().startedAt(), thread.closeAfter(flow.get()));
        var text = flow.get().isCheckIn() ? CheckInBlocks.reminder(state.changed(), closesAt)
                : ThreadBlocks.reminder(state.answeredCount(), state.applicable().size(), closesAt);
        var client = slack.clients().require(teams.byId(flow.get().teamId()).orElseThrow().key().workspaceId());
        slack.posts().post(client, MessagePosts.Target.broadcast(flow.get().channelId(), flow.get().rootTs(),
                "reminder:" + flow.get().id() + ":" + reminder.number()), work.isRetry(), text, List.of());
    }
}
