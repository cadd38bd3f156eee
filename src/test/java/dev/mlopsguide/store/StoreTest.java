package dev.mlopsguide.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.mlopsguide.Conditions;
import dev.mlopsguide.history.AssessmentMode;
import dev.mlopsguide.history.Change;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.Regulation;
import dev.mlopsguide.maturity.RetrainingCadence;
import dev.mlopsguide.maturity.ServingMode;
import dev.mlopsguide.maturity.Stage;
import dev.mlopsguide.maturity.TeamProfile;
import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.team.TeamAssessor;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** The repositories against a real database: the same tests on H2 and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"h2", "postgresql"})
@Tag(TestClock.TAG)
class StoreTest {

    private static final FollowUps.FollowUp WORK = new FollowUps.FollowUp("test.work", "{}");
    private static final String W45 = TestClock.storyYear(2026) + "-W45";
    private static final Instant MONDAY = TestClock.story("2026-11-02T09:00:00Z");
    private static final TeamProfile PROFILE =
            new TeamProfile(Stage.PRODUCTION, 3, RetrainingCadence.MONTHLY, ServingMode.ONLINE, 99.9, Regulation.NONE);

    @Parameter
    String engine;

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(MONDAY);
    private final AtomicLong ticks = new AtomicLong();
    private Database database;
    private Store store;
    private TeamAssessor assessor;

    @BeforeEach
    void openFreshDatabase() {
        database = Database.open(TestDatabases.fresh(engine, temp));
        store = replica();
        assessor = new TeamAssessor(new Assessor(TestContent.bundled()), store.profiles(), store.assessments());
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Another app instance on the same database, with its own caches but the same clock and ticker. */
    private Store replica() {
        Ticker ticker = ticks::get;
        return new Store(database, clock, Store.CACHE_TTL, ticker);
    }

    @Test
    void aTeamIsCreatedOnceAndFoundByItsKey() {
        var first = store.teams().ensure(TeamKey.channel("T1", "C1"), "#ml-platform");
        var again = store.teams().ensure(TeamKey.channel("T1", "C1"), "#renamed");
        var other = store.teams().ensure(TeamKey.local("local"), "local");

        assertThat(again).isEqualTo(first);
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(store.teams().inWorkspace("T1")).containsExactly(first);
        assertThat(store.teams().byId(other.id())).contains(other);
    }

    @Test
    void aProfileIsSavedReadAndReplaced() {
        var team = store.teams().ensure(TeamKey.local("ml"), "ml");

        store.profiles().save(team.id(), PROFILE, "U1");
        clock.advance(Duration.ofMinutes(5));
        var batch = new TeamProfile(Stage.PROOF_OF_CONCEPT, 0, RetrainingCadence.NEVER, ServingMode.BATCH, null, Regulation.STRICT);
        store.profiles().save(team.id(), batch, "U2");

        var stored = store.profiles().find(team.id()).orElseThrow();
        assertThat(stored.profile()).isEqualTo(batch);
        assertThat(stored.updatedBy()).isEqualTo("U2");
        assertThat(stored.updatedAt()).isEqualTo(MONDAY.plus(Duration.ofMinutes(5)));
    }

    @Test
    void anAssessmentIsStoredWithItsAnswersResultAndQuestionnaireVersion() {
        var team = store.teams().ensure(TeamKey.local("ml"), "ml");
        var answers = TestContent.team("level-2-automated-training.yml");

        var recorded = assessor.assess(team, answers, Optional.of(PROFILE), "alice", AssessmentMode.CLI,
                Map.of("serving", "U7"));

        var record = store.assessments().byId(recorded.assessmentId()).orElseThrow();
        assertThat(record.teamId()).isEqualTo(team.id());
        assertThat(record.takenBy()).isEqualTo("alice");
        assertThat(record.mode()).isEqualTo(AssessmentMode.CLI);
        assertThat(record.takenAt()).isEqualTo(MONDAY);
        assertThat(record.level()).isEqualTo(2);
        assertThat(record.answers()).isEqualTo(answers);
        assertThat(record.answered()).isEqualTo(20);
        assertThat(record.targetLevel()).hasValue(3);
        assertThat(record.areaLevels()).hasSize(6).containsEntry("data", 2);
        assertThat(record.questionnaireVersion()).isEqualTo(TestContent.bundled().questionnaire().version());
        assertThat(store.questionnaireVersions().definition(record.questionnaireVersion())).get().asString()
                .contains("\"id\":\"experiment-tracking\"");
        assertThat(store.profiles().find(team.id())).get().extracting(StoredProfile::profile).isEqualTo(PROFILE);
    }

    @Test
    void theStoredProfileSetsTheTargetWhenNoneIsGiven() {
        var team = store.teams().ensure(TeamKey.local("ml"), "ml");
        store.profiles().save(team.id(), PROFILE, "bob");

        var recorded = assessor.assess(team, TestContent.team("level-1-devops-no-mlops.yml"), Optional.empty(), "alice",
                AssessmentMode.CLI, Map.of());

        assertThat(recorded.result().target()).get().extracting(t -> t.level()).isEqualTo(3);
    }

    @Test
    void areasWithoutAnswersAreStoredAsUnanswered() {
        var team = store.teams().ensure(TeamKey.local("ml"), "ml");

        var recorded = assessor.assess(team, Answers.NONE.with("serving", "batch").with("experiment-tracking", "shared"),
                Optional.empty(), "alice", AssessmentMode.CLI, Map.of());

        var record = store.assessments().byId(recorded.assessmentId()).orElseThrow();
        assertThat(record.areaLevels()).containsOnlyKeys("team", "data");
        assertThat(record.areaLevel("monitoring")).isEmpty();
    }

    @Test
    void historyGivesTheLatestResultResultsOverTimeAndTheChangePerArea() {
        var team = store.teams().ensure(TeamKey.local("ml"), "ml");
        var other = store.teams().ensure(TeamKey.local("other"), "other");
        assess(team, "level-1-devops-no-mlops.yml");
        clock.advance(Duration.ofDays(7));
        assess(team, "level-2-automated-training.yml");
        assess(other, "level-4-full-automation.yml");
        clock.advance(Duration.ofDays(7));
        assess(team, "level-3-automated-deployment.yml");

        var history = store.assessments().history(team.id());
        assertThat(history.records()).extracting(r -> r.level()).containsExactly(1, 2, 3);
        assertThat(store.assessments().latest(team.id())).get().extracting(r -> r.level()).isEqualTo(3);
        assertThat(store.assessments().latest(other.id())).get().extracting(r -> r.level()).isEqualTo(4);

        var firstWeek = history.changeBetween(MONDAY.plus(Duration.ofDays(1)), MONDAY.plus(Duration.ofDays(8)));
        assertThat(firstWeek.overall().direction()).isEqualTo(Change.Direction.UP);
        assertThat(firstWeek.areas().get("data").delta()).isEqualTo(1);
        assertThat(firstWeek.areas().get("monitoring").direction()).isEqualTo(Change.Direction.SAME);
        var beforeAnything = history.changeBetween(MONDAY.minus(Duration.ofDays(1)), MONDAY);
        assertThat(beforeAnything.overall().direction()).isEqualTo(Change.Direction.NEW);
        assertThat(history.takenBetween(MONDAY.plus(Duration.ofDays(7)), MONDAY.plus(Duration.ofDays(8)))).hasSize(1);
    }

    @Test
    void aSecondReplicaSeesAWriteOnceItsCacheExpires() {
        var team = store.teams().ensure(TeamKey.local("ml"), "ml");
        var other = replica();
        store.profiles().save(team.id(), PROFILE, "alice");
        assess(team, "level-1-devops-no-mlops.yml");
        assertThat(other.profiles().find(team.id())).get().extracting(StoredProfile::profile).isEqualTo(PROFILE);
        assertThat(other.assessments().latest(team.id())).get().extracting(r -> r.level()).isEqualTo(1);

        var changed = new TeamProfile(Stage.BUSINESS_CRITICAL, 12, RetrainingCadence.DAILY, ServingMode.STREAMING, 99.99, Regulation.STRICT);
        store.profiles().save(team.id(), changed, "alice");
        assess(team, "level-3-automated-deployment.yml");

        // The writer sees its own writes at once; the other replica may serve its cached value until the TTL.
        assertThat(store.profiles().find(team.id())).get().extracting(StoredProfile::profile).isEqualTo(changed);
        assertThat(store.assessments().latest(team.id())).get().extracting(r -> r.level()).isEqualTo(3);
        assertThat(other.assessments().latest(team.id())).get().extracting(r -> r.level()).isEqualTo(1);
        ticks.addAndGet(Store.CACHE_TTL.toNanos() + 1);
        assertThat(other.profiles().find(team.id())).get().extracting(StoredProfile::profile).isEqualTo(changed);
        assertThat(other.assessments().latest(team.id())).get().extracting(r -> r.level()).isEqualTo(3);
    }

    @Test
    void rescoringDropsAnswersTheCurrentQuestionnaireNoLongerHas() {
        var team = store.teams().ensure(TeamKey.local("ml"), "ml");
        var answers = TestContent.team("level-3-automated-deployment.yml").with("retired-question", "whatever");
        long id = store.assessments().save(new NewAssessment(team.id(), "alice", AssessmentMode.CLI, answers, Map.of(),
                new Assessor(TestContent.bundled()).assess(answers.without("retired-question"), Optional.empty())),
                TestContent.bundled().questionnaire());

        var rescored = assessor.rescore(team);

        assertThat(rescored).singleElement().satisfies(r -> {
            assertThat(r.assessmentId()).isEqualTo(id);
            assertThat(r.levelAfter()).isEqualTo(3);
            assertThat(r.dropped()).containsExactly("retired-question");
        });
        assertThat(store.assessments().byId(id).orElseThrow().answers().byQuestion()).containsKey("retired-question");
    }

    @Test
    void aChannelFlowKeepsItsAnswersWithTheirWorkAndFinishesOnce() {
        var team = store.teams().ensure(TeamKey.channel("T1", "C1"), "#ml");
        var flow = store.channelFlows().start(team.id(), "C1", "1700000000.000100", TestContent.bundled().questionnaire(), "U1", ZoneOffset.UTC, ChannelFlow.Kind.ASSESSMENT, List.of());
        assertThat(store.channelFlows().start(team.id(), "C1", "1700000000.000100", TestContent.bundled().questionnaire(),
                "U1", ZoneOffset.UTC, ChannelFlow.Kind.ASSESSMENT, List.of())).isEqualTo(flow);

        assertThat(store.channelFlows().answer(flow.id(), "serving", "batch", "U1", WORK)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(store.channelFlows().answer(flow.id(), "compute", "laptop", "U2", WORK)).isTrue();
        assertThat(store.channelFlows().answer(flow.id(), "compute", "managed", "U3", WORK)).isTrue();
        assertThat(store.followUps().pending()).isEqualTo(3);

        var found = store.channelFlows().find("C1", "1700000000.000100").orElseThrow();
        assertThat(found.status()).isEqualTo(ChannelFlow.Status.OPEN);
        assertThat(store.channelFlows().answers(flow.id())).extracting(a -> a.questionId() + "=" + a.optionId() + " by " + a.answeredBy())
                .containsExactly("serving=batch by U1", "compute=managed by U3");

        assertThat(store.channelFlows().finish(flow.id(), WORK)).isTrue();
        assertThat(store.channelFlows().finish(flow.id(), WORK)).isFalse();
        assertThat(store.followUps().pending()).isEqualTo(4);
        assertThat(store.channelFlows().answer(flow.id(), "compute", "laptop", "U4", WORK)).isFalse();
        assertThat(store.followUps().pending()).isEqualTo(4);

        var answers = TestContent.team("level-1-devops-no-mlops.yml");
        var assessment = new NewAssessment(team.id(), "U1", AssessmentMode.CHANNEL, answers, Map.of(),
                new Assessor(TestContent.bundled()).assess(answers, Optional.empty()));
        long assessmentId = store.assessments().saveForChannelFlow(flow.id(), assessment, TestContent.bundled().questionnaire());
        assertThat(store.assessments().saveForChannelFlow(flow.id(), assessment, TestContent.bundled().questionnaire()))
                .isEqualTo(assessmentId);
        assertThat(store.assessments().history(team.id()).records()).hasSize(1);
        assertThat(store.channelFlows().byId(flow.id()).orElseThrow().assessmentId()).hasValue(assessmentId);
    }

    @Test
    void aQuestionMessageIsPostedByOneWorkAndTakenOverOnlyFromWorkThatEnded() {
        var team = store.teams().ensure(TeamKey.channel("T1", "C1"), "#ml");
        var flow = store.channelFlows().start(team.id(), "C1", "1.1", TestContent.bundled().questionnaire(), "U1", ZoneOffset.UTC, ChannelFlow.Kind.ASSESSMENT, List.of());
        long first = store.followUps().add(WORK);
        long second = store.followUps().add(WORK);

        assertThat(store.channelFlows().claimQuestionMessage(flow.id(), "serving", first)).isEqualTo(ChannelFlows.Claim.NEW);
        assertThat(store.channelFlows().claimQuestionMessage(flow.id(), "serving", second)).isEqualTo(ChannelFlows.Claim.TAKEN);
        // The claimant, run again after a crash, finds its own claim: its message may be in the thread.
        assertThat(store.channelFlows().claimQuestionMessage(flow.id(), "serving", first)).isEqualTo(ChannelFlows.Claim.RESUMED);
        store.followUps().failed(first, "Slack refused");
        assertThat(store.channelFlows().claimQuestionMessage(flow.id(), "serving", second)).isEqualTo(ChannelFlows.Claim.RESUMED);

        store.channelFlows().questionMessagePosted(flow.id(), "serving", "1700000000.000200");
        assertThat(store.channelFlows().claimQuestionMessage(flow.id(), "serving", second)).isEqualTo(ChannelFlows.Claim.TAKEN);
        assertThat(store.channelFlows().questionMessages(flow.id())).containsExactly(Map.entry("serving", "1700000000.000200"));
    }

    @Test
    void aDigestSubscriptionIsScheduledPausedAndDeliveredOncePerWeek() {
        var team = store.teams().ensure(TeamKey.channel("T1", "C1"), "#ml");
        var subscription = store.digestSubscriptions().subscribe(team.id(), "C1", DayOfWeek.MONDAY, LocalTime.of(9, 0),
                ZoneId.of("Europe/Paris"), "U1");
        var moved = store.digestSubscriptions().subscribe(team.id(), "C1", DayOfWeek.FRIDAY, LocalTime.of(16, 30),
                ZoneId.of("America/New_York"), "U2");

        assertThat(moved.id()).isEqualTo(subscription.id());
        assertThat(moved.weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(moved.time()).isEqualTo(LocalTime.of(16, 30));
        assertThat(store.digestSubscriptions().active()).containsExactly(moved);

        assertThat(store.digestDeliveries().claim(moved.id(), W45)).isEqualTo(DigestDeliveries.Claim.FIRST);
        assertThat(store.digestDeliveries().claim(moved.id(), W45)).isEqualTo(DigestDeliveries.Claim.TAKEN);
        store.digestDeliveries().sent(moved.id(), W45, "1700000000.1");
        assertThat(store.digestDeliveries().find(moved.id(), W45)).get()
                .extracting(DigestDelivery::status).isEqualTo(DigestDelivery.Status.SENT);

        store.digestSubscriptions().pause(moved.id(), "channel_not_found");
        assertThat(store.digestSubscriptions().active()).isEmpty();
        assertThat(store.digestSubscriptions().byId(moved.id()).orElseThrow().pausedReason()).contains("channel_not_found");
        assertThat(store.digestSubscriptions().unsubscribe(team.id(), "C1")).isTrue();
    }

    @Test
    void feedbackIsCountedPerWorkspace() {
        store.teams().ensureWorkspace("T1", "Acme");

        store.feedback().vote(new Feedback.Vote("T1", "U1", "C1", "1.1", "how do we detect drift?", List.of("monitoring-drift"), true));
        store.feedback().vote(new Feedback.Vote("T1", "U2", "C1", "1.2", "how do we detect drift?", List.of("monitoring-drift"), false));
        store.feedback().vote(new Feedback.Vote("T1", "U3", "C1", "1.3", "what is level 3?", List.of("levels"), true));

        assertThat(store.feedback().tally("T1")).isEqualTo(new Feedback.Tally(2, 1));
        assertThat(store.feedback().tally("T2")).isEqualTo(new Feedback.Tally(0, 0));
    }

    @Test
    void aVoteOnAnAnswerMayBeChangedOnceAndIsCountedPerMessage() {
        Function<Boolean, Feedback.Vote> bob = helpful -> new Feedback.Vote("T1", "U2", "C1", "1.1", "q", List.of(), helpful);
        store.teams().ensureWorkspace("T1", "Acme");

        assertThat(store.feedback().vote(bob.apply(true))).isEqualTo(Feedback.Outcome.RECORDED);
        assertThat(store.feedback().vote(bob.apply(true))).isEqualTo(Feedback.Outcome.SAME_AS_BEFORE);
        assertThat(store.feedback().vote(bob.apply(false))).isEqualTo(Feedback.Outcome.CHANGED);
        assertThat(store.feedback().vote(bob.apply(true))).isEqualTo(Feedback.Outcome.ALREADY_CHANGED);
        store.feedback().vote(new Feedback.Vote("T1", "U3", "C1", "1.1", "q", List.of(), true));
        store.feedback().vote(new Feedback.Vote("T1", "U3", "C1", "2.2", "q", List.of(), true));

        assertThat(store.feedback().tally("T1", "C1", "1.1")).isEqualTo(new Feedback.Tally(1, 1));
    }

    @Test
    void aKnowledgeGapIsRecordedOncePerOriginAndAnExpertsReplyNeedsApproval() {
        var asked = new KnowledgeGaps.Asked("T1", "C1", "1.1", "U1", "how do we do federated learning?", "I'm not sure.");
        long id = store.knowledgeGaps().record("answer:7", asked, KnowledgeGaps.Reason.NOT_SURE);

        assertThat(store.knowledgeGaps().record("answer:7", asked, KnowledgeGaps.Reason.NOT_SURE)).isEqualTo(id);
        assertThat(store.knowledgeGaps().approve(id, "U9")).as("nothing to approve yet").isFalse();
        store.knowledgeGaps().missing(id, "hospitals");
        store.knowledgeGaps().reply(id, "U8", "Use a federated averaging framework.");
        assertThat(store.knowledgeGaps().approved("T1")).isEmpty();
        assertThat(store.knowledgeGaps().approve(id, "U9")).isTrue();
        assertThat(store.knowledgeGaps().approve(id, "U9")).isFalse();

        var gap = store.knowledgeGaps().approved("T1").get(0);
        assertThat(gap.missing()).contains("hospitals");
        assertThat(gap.expertId()).contains("U8");
        assertThat(store.knowledgeGaps().since(Optional.of("T2"), Instant.EPOCH)).isEmpty();
        assertThat(store.workspaceData().export("T1").orElseThrow().unansweredQuestions()).singleElement()
                .satisfies(g -> assertThat(g.expertReply()).isEqualTo("Use a federated averaging framework."));
    }

    @Test
    void aGapReportIsTakenByOneReplicaOnceAWeekFromWhenItWasTurnedOn() {
        var gaps = WorkspaceSettings.Report.GAPS;
        store.settings().report(gaps, "T1", Optional.of("CGAPS"), "U1");
        store.settings().report(WorkspaceSettings.Report.ORG, "T1", Optional.of("CORG"), "U1");
        assertThat(store.settings().reportsDue(gaps, clock.instant().minus(Duration.ofDays(7)))).isEmpty();

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        var due = store.settings().reportsDue(gaps, clock.instant().minus(Duration.ofDays(7)));

        assertThat(due).singleElement().satisfies(d -> assertThat(d.to()).isEqualTo("CGAPS"));
        assertThat(store.settings().claimReport(due.get(0))).isTrue();
        assertThat(store.settings().claimReport(due.get(0))).as("the other replica").isFalse();
        assertThat(store.settings().reportsDue(gaps, clock.instant().minus(Duration.ofDays(7)))).isEmpty();
        assertThat(store.settings().reportsDue(WorkspaceSettings.Report.ORG, clock.instant().minus(Duration.ofDays(7))))
                .as("each report on its own week").singleElement().satisfies(d -> assertThat(d.to()).isEqualTo("CORG"));
        assertThat(store.settings().questions("T1").followUps()).isTrue();
    }

    @Test
    void twoReplicasChangingTheSettingsOfAWorkspaceForTheFirstTimeAtOnceBothTakeEffect() throws Exception {
        var other = replica();
        var pool = Executors.newFixedThreadPool(2);
        try {
            // Many workspaces, so that the two first changes meet (both finding no row) in some of them.
            for (int i = 0; i < 30; i++) {
                var workspace = "T-" + i;
                var start = new CountDownLatch(1);
                var a = pool.submit(() -> {
                    start.await();
                    store.settings().followUps(workspace, false, "U1");
                    return null;
                });
                var b = pool.submit(() -> {
                    start.await();
                    other.settings().expertsChannel(workspace, Optional.of("CEXPERTS"), "U2");
                    return null;
                });
                start.countDown();
                a.get();
                b.get();
                var chosen = store.settings().questions(workspace);
                assertThat(chosen.followUps()).as(workspace).isFalse();
                assertThat(chosen.expertsChannel()).as(workspace).contains("CEXPERTS");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aQuestionThreadKeepsItsFirstQuestionAndTellsHowToFollowUpOnce() {
        store.questionThreads().viewing("T1", "D1", "1.1", Optional.of("C7"));
        store.questionThreads().answered("T1", "D1", "1.1", "U1", "what is drift?");
        store.questionThreads().answered("T1", "D1", "1.1", "U1", "and concept drift?");

        var thread = store.questionThreads().find("D1", "1.1").orElseThrow();
        assertThat(thread.firstQuestion()).contains("what is drift?");
        assertThat(thread.viewingChannelId()).contains("C7");
        assertThat(store.questionThreads().tellHowOnce("D1", "1.1")).isTrue();
        assertThat(store.questionThreads().tellHowOnce("D1", "1.1")).isFalse();
        assertThat(store.questionThreads().find("D9", "1.1")).isEmpty();
    }

    @Test
    void aTeamIsExportedWholeAndDeletedWhole() {
        var team = store.teams().ensure(TeamKey.channel("T1", "C1"), "#ml");
        var neighbour = store.teams().ensure(TeamKey.channel("T1", "C2"), "#other");
        store.profiles().save(team.id(), PROFILE, "U1");
        assess(team, "level-2-automated-training.yml");
        assess(neighbour, "level-1-devops-no-mlops.yml");
        var flow = store.channelFlows().start(team.id(), "C1", "1.1", TestContent.bundled().questionnaire(), "U1", ZoneOffset.UTC, ChannelFlow.Kind.ASSESSMENT, List.of());
        store.channelFlows().answer(flow.id(), "serving", "online", "U2", WORK);
        var subscription = store.digestSubscriptions().subscribe(team.id(), "C1", DayOfWeek.MONDAY, LocalTime.NOON,
                ZoneId.of("UTC"), "U1");
        store.digestDeliveries().claim(subscription.id(), W45);

        var export = store.teamData().export(team);
        assertThat(export.team().name()).isEqualTo("#ml");
        assertThat(export.profile().stage()).isEqualTo("production");
        assertThat(export.assessments()).singleElement().satisfies(a -> assertThat(a.answers()).hasSize(20));
        assertThat(export.channelAssessments()).singleElement().satisfies(c -> assertThat(c.answers()).hasSize(1));
        assertThat(export.digestSubscriptions()).singleElement().satisfies(s -> assertThat(s.deliveries()).hasSize(1));

        var deleted = store.teamData().delete(team);
        assertThat(deleted).isEqualTo(new TeamData.Deleted(1, 1, 1));
        assertThat(store.teams().find(team.key())).isEmpty();
        assertThat(store.profiles().find(team.id())).isEmpty();
        assertThat(store.assessments().latest(team.id())).isEmpty();
        // What is left is the neighbour's assessment: its answers and its six areas.
        assertThat(rows("assessment_answer") + rows("channel_flow_answer") + rows("digest_delivery")
                + rows("team_profile") + rows("assessment_area"))
                .isEqualTo(TestContent.team("level-1-devops-no-mlops.yml").byQuestion().size() + 6);
        assertThat(store.assessments().latest(neighbour.id())).isPresent();
    }

    @Test
    void aWorkspaceIsExportedWholeWithItsFeedbackAndDeletedWholeWithoutTouchingAnother() {
        var ml = store.teams().ensure(TeamKey.channel("T1", "C1"), "#ml");
        var data = store.teams().ensure(TeamKey.channel("T1", "C2"), "#data");
        var elsewhere = store.teams().ensure(TeamKey.channel("T2", "C1"), "#ml");
        store.profiles().save(ml.id(), PROFILE, "U1");
        assess(ml, "level-2-automated-training.yml");
        assess(data, "level-1-devops-no-mlops.yml");
        assess(elsewhere, "level-3-automated-deployment.yml");
        store.feedback().vote(new Feedback.Vote("T1", "U1", "C1", "1.4", "how do we detect drift?", List.of("monitoring-drift", "levels"), true));
        store.feedback().vote(new Feedback.Vote("T2", "U9", "C1", "1.5", "what is level 3?", List.of("levels"), false));
        assertThat(store.profiles().find(ml.id())).isPresent();

        var export = store.workspaceData().export("T1").orElseThrow();
        assertThat(export.workspace()).isEqualTo("T1");
        assertThat(export.teams()).extracting(t -> t.team().name()).containsExactlyInAnyOrder("#ml", "#data");
        assertThat(export.feedback()).singleElement().satisfies(f -> {
            assertThat(f.question()).isEqualTo("how do we detect drift?");
            assertThat(f.sources()).containsExactly("monitoring-drift", "levels");
        });
        assertThat(store.workspaceData().export("T404")).isEmpty();

        assertThat(store.workspaceData().delete("T1")).contains(new WorkspaceData.Deleted(2, 2, 1, 0));
        assertThat(store.workspaceData().exists("T1")).isFalse();
        assertThat(store.teams().inWorkspace("T1")).isEmpty();
        assertThat(store.profiles().find(ml.id())).as("no stale cache").isEmpty();
        assertThat(store.feedback().tally("T2")).isEqualTo(new Feedback.Tally(0, 1));
        assertThat(store.assessments().latest(elsewhere.id())).isPresent();
        assertThat(store.workspaceData().delete("T1")).isEmpty();
    }

    @Test
    void anEventIsHandledOnceAndForgottenAfterTheRetention() throws Exception {
        assertThat(store.processedEvents().firstTime("Ev1")).isTrue();
        assertThat(store.processedEvents().firstTime("Ev1")).isFalse();
        assertThat(store.processedEvents().firstTime("Ev2")).isTrue();
        Conditions.await(Duration.ofSeconds(10), "two events recorded", () -> rows("processed_event") == 2);

        clock.advance(ProcessedEvents.RETENTION.plusMinutes(1));
        assertThat(store.processedEvents().firstTime("Ev3")).isTrue();
        Conditions.await(Duration.ofSeconds(10), "older events deleted on the way",
                () -> rows("processed_event") == 1);
    }

    @Test
    void replicasSharingTheDatabaseHandleAnEventOnce() {
        assumeTrue(database.settings().isPostgres(), "replicas share PostgreSQL; an H2 file is one process's");
        var other = replica();

        assertThat(store.processedEvents().firstTime("Ev1")).isTrue();
        assertThat(other.processedEvents().firstTime("Ev1")).isFalse();
        assertThat(other.processedEvents().firstTime("Ev2")).isTrue();
        assertThat(store.processedEvents().firstTime("Ev2")).isFalse();
        assertThat(rows("processed_event")).isEqualTo(2);
    }

    @Test
    void aRestartRemembersTheEventsSeenBeforeIt() {
        assertThat(store.processedEvents().firstTime("Ev1")).isTrue();
        store.processedEvents().close();

        var restarted = replica();

        assertThat(restarted.processedEvents().firstTime("Ev1")).isFalse();
        assertThat(restarted.processedEvents().firstTime("Ev2")).isTrue();
    }

    @Test
    void aForgottenEventIsHandledWhenSlackRetriesIt() {
        assertThat(store.processedEvents().firstTime("Ev1")).isTrue();

        store.processedEvents().forget("Ev1");

        assertThat(rows("processed_event")).isZero();
        assertThat(store.processedEvents().firstTime("Ev1")).isTrue();
    }

    @Test
    void theLatestAssessmentOfAPersonIsFoundAcrossTeams() {
        var first = store.teams().ensure(TeamKey.channel("T1", "C1"), "#a");
        var second = store.teams().ensure(TeamKey.channel("T1", "C2"), "#b");
        assess(first, "level-1-devops-no-mlops.yml");
        clock.advance(Duration.ofHours(1));
        long latest = assess(second, "level-2-automated-training.yml");

        assertThat(store.assessments().latestTakenBy("T1", "alice")).get().extracting(r -> r.id()).isEqualTo(latest);
        assertThat(store.assessments().latestTakenBy("T1", "bob")).isEmpty();
        assertThat(store.assessments().latestTakenBy("T9", "alice")).isEmpty();
    }

    @Test
    void theDatabaseReportsItselfReady() {
        assertThat(database.readiness().ready()).isTrue();
        assertThat(database.schemaVersion()).isEqualTo(Database.LATEST_MIGRATION);
    }

    private long assess(Team team, String answersFile) {
        return assessor.assess(team, TestContent.team(answersFile), Optional.empty(), "alice", AssessmentMode.CLI, Map.of())
                .assessmentId();
    }

    private int rows(String table) {
        return database.jdbc().read("count " + table, sql -> sql.one("SELECT COUNT(*) FROM " + table, rs -> rs.getInt(1)))
                .orElseThrow();
    }
}
