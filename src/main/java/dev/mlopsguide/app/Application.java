package dev.mlopsguide.app;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.socket_mode.SocketModeClient;
import dev.mlopsguide.config.AnswerSettings;
import dev.mlopsguide.config.DatabaseSettings;
import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.config.SlackSettings;
import dev.mlopsguide.digest.DigestComposer;
import dev.mlopsguide.jobs.FollowUpWorker;
import dev.mlopsguide.jobs.JobScheduler;
import dev.mlopsguide.jobs.WorkspacePurge;
import dev.mlopsguide.knowledge.Answerer;
import dev.mlopsguide.knowledge.ArticlePages;
import dev.mlopsguide.knowledge.KnowledgeBase;
import dev.mlopsguide.knowledge.MiniLmEmbeddings;
import dev.mlopsguide.knowledge.ModelWrittenAnswers;
import dev.mlopsguide.knowledge.Retriever;
import dev.mlopsguide.maturity.Answers;
import dev.mlopsguide.maturity.Assessor;
import dev.mlopsguide.maturity.MaturityContent;
import dev.mlopsguide.metrics.Metrics;
import dev.mlopsguide.server.AppServer;
import dev.mlopsguide.slack.BackgroundWork;
import dev.mlopsguide.slack.FollowUpHandlers;
import dev.mlopsguide.slack.SlackFeatures;
import dev.mlopsguide.slack.SlackService;
import dev.mlopsguide.slack.blocks.AnswerBlocks;
import dev.mlopsguide.slack.delivery.DigestPoster;
import dev.mlopsguide.slack.delivery.SlackPacer;
import dev.mlopsguide.slack.flows.AnswerFeedback;
import dev.mlopsguide.slack.flows.AppHome;
import dev.mlopsguide.slack.flows.AssessmentModal;
import dev.mlopsguide.slack.flows.AssistantThreads;
import dev.mlopsguide.slack.flows.ChannelAssessment;
import dev.mlopsguide.slack.flows.ChannelDigest;
import dev.mlopsguide.slack.flows.ChannelNames;
import dev.mlopsguide.slack.flows.GapReports;
import dev.mlopsguide.slack.flows.NextSteps;
import dev.mlopsguide.slack.flows.OrgDigests;
import dev.mlopsguide.slack.flows.OrgView;
import dev.mlopsguide.slack.flows.ProfileModal;
import dev.mlopsguide.slack.flows.QuestionAnswering;
import dev.mlopsguide.slack.flows.ResultSharing;
import dev.mlopsguide.slack.flows.SignedText;
import dev.mlopsguide.slack.flows.SlackAccess;
import dev.mlopsguide.slack.flows.TeamReplies;
import dev.mlopsguide.slack.flows.TeamRhythm;
import dev.mlopsguide.slack.flows.WorkflowSteps;
import dev.mlopsguide.slack.flows.WorkspaceChoices;
import dev.mlopsguide.slack.install.BotClients;
import dev.mlopsguide.slack.install.BotTokens;
import dev.mlopsguide.slack.install.DatabaseInstallationService;
import dev.mlopsguide.slack.install.OAuthInstall;
import dev.mlopsguide.slack.install.Uninstalls;
import dev.mlopsguide.slack.listeners.actions.ActionListeners;
import dev.mlopsguide.slack.listeners.assistant.AssistantListeners;
import dev.mlopsguide.slack.listeners.commands.CommandListeners;
import dev.mlopsguide.slack.listeners.events.EventListeners;
import dev.mlopsguide.slack.listeners.middleware.MiddlewareListeners;
import dev.mlopsguide.slack.listeners.views.ViewListeners;
import dev.mlopsguide.slack.webapi.MessagePosts;
import dev.mlopsguide.slack.webapi.ResponseUrls;
import dev.mlopsguide.slack.webapi.RetryPolicy;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.slack.webapi.SlackClients;
import dev.mlopsguide.slack.webapi.TimeZones;
import dev.mlopsguide.steps.StepWebhook;
import dev.mlopsguide.store.Readiness;
import dev.mlopsguide.store.Store;
import dev.mlopsguide.store.TokenCipher;
import dev.mlopsguide.team.DigestSchedules;
import dev.mlopsguide.team.Names;
import dev.mlopsguide.team.OrgResults;
import dev.mlopsguide.team.TeamAssessor;
import dev.mlopsguide.team.TeamDigests;
import dev.mlopsguide.team.TeamDirectory;
import dev.mlopsguide.team.TeamResults;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that builds the application's parts and wires them together, for
 * {@code serve}, the sandbox, the command line and the tests. It chooses the one {@link Clock} that everything
 * reads ({@link #systemClock()} in production, a test's own in tests), and owns the store it is given.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final String LOOPBACK = "127.0.0.1";

    /**
     * The pace of work: how often due digests are looked for, how fast messages go out, how follow-up work is taken
     * and held, and how long work after an ack waits for Slack's answer.
     */
    public record Timing(Duration polling, SlackPacer pacer, FollowUpWorker.Timing followUps,
                         Duration slackReadTimeout) {
        public Timing(Duration polling, SlackPacer pacer) {
            this(polling, pacer, FollowUpWorker.Timing.standard(), SlackClients.READ_TIMEOUT);
        }

        public static Timing standard() {
            return new Timing(Duration.ofSeconds(10), SlackPacer.slack());
        }
    }

    private final Clock clock;
    private final MaturityContent content;
    private final Store store;
    private final Supplier<Answerer> answerer;
    private final Assessor assessor;
    private final Names names;
    private final TeamDirectory teams;
    private final TeamResults results;
    private final TeamAssessor teamAssessor;
    private final TeamDigests digests;
    private final OrgResults org;
    private final AnswerSettings answering;

    /** {@code answerer} is asked for once, when the first part that answers questions is built. */
    public Application(Clock clock, MaturityContent content, Store store, Supplier<Answerer> answerer) {
        this(clock, content, store, answerer, AnswerSettings.NONE);
    }

    /** With {@code answering}: the public URL that answers link the knowledge pages with. */
    public Application(Clock clock, MaturityContent content, Store store, Supplier<Answerer> answerer,
                       AnswerSettings answering) {
        this.answering = Objects.requireNonNull(answering);
        this.clock = Objects.requireNonNull(clock);
        this.content = Objects.requireNonNull(content);
        this.store = Objects.requireNonNull(store);
        this.answerer = memoized(answerer);
        this.assessor = new Assessor(content);
        this.names = new Names(store.teams(), store.people());
        this.teams = new TeamDirectory(store.teams(), names);
        this.results = new TeamResults(assessor, teams, store.profiles(), store.assessments());
        this.teamAssessor = new TeamAssessor(assessor, store.profiles(), store.assessments());
        this.digests = new TeamDigests(new DigestComposer(assessor), store.profiles(), store.assessments(),
                store.adoptedSteps(), clock);
        this.org = new OrgResults(content, store.teams(), results, store.adoptedSteps(), clock);
    }

    /** The wall clock: read here and nowhere else in the application. */
    public static Clock systemClock() {
        return Clock.systemUTC();
    }

    /** The application over the database named by {@code env}, answering from {@code knowledge} (loaded when first needed). */
    public static Application open(Map<String, String> env, Clock clock, MaturityContent content,
                                   Supplier<KnowledgeBase> knowledge) {
        return openAnswering(env, clock, content, () -> answerer(content, knowledge.get(), env));
    }

    /** The application over the database named by {@code env}, answering with {@code answerer} (asked for once). */
    public static Application openAnswering(Map<String, String> env, Clock clock, MaturityContent content,
                                            Supplier<Answerer> answerer) {
        return new Application(clock, content, Store.open(DatabaseSettings.fromEnvironment(env), clock), answerer,
                AnswerSettings.fromEnvironment(env));
    }

    /**
     * Answers from the knowledge base, with embeddings cached in the data folder that {@code env} names, written by
     * the language model it names, if any.
     */
    public static Answerer answerer(MaturityContent content, KnowledgeBase knowledge, Map<String, String> env) {
        var model = AnswerSettings.fromEnvironment(env).languageModel();
        var retriever = new Retriever(knowledge, MiniLmEmbeddings.cachedIn(DatabaseSettings.dataFolder(env)));
        LOG.info("Knowledge index: {} passages from {} documents, built in {} ms{}", retriever.size(),
                knowledge.documents(), retriever.buildMillis(), model.map(m -> "; answers written by " + m).orElse(""));
        return new Answerer(content, retriever, model.map(ModelWrittenAnswers::openAi));
    }

    public Clock clock() {
        return clock;
    }

    public MaturityContent content() {
        return content;
    }

    public Store store() {
        return store;
    }

    public TeamDirectory teams() {
        return teams;
    }

    public TeamResults results() {
        return results;
    }

    public TeamAssessor teamAssessor() {
        return teamAssessor;
    }

    public TeamDigests digests() {
        return digests;
    }

    /** Every assessed team at a glance. */
    public OrgResults org() {
        return org;
    }

    /** What answers questions (loaded when first asked for). */
    public Answerer answerer() {
        return answerer.get();
    }

    public SlackService serve(SlackSettings settings) throws Exception {
        return serve(settings, Timing.standard());
    }

    /**
     * Builds the Slack app with every listener, serves it, and starts the scheduled jobs.
     *
     * @throws IllegalArgumentException when Slack refuses the bot token
     */
    public SlackService serve(SlackSettings settings, Timing timing) throws Exception {
        return serve(settings, timing, new StartupTimes());
    }

    /** As {@link #serve(SlackSettings, Timing)}, with the time of each phase added to {@code times}. */
    public SlackService serve(SlackSettings settings, Timing timing, StartupTimes times) throws Exception {
        times.phase("knowledge index", answerer::get);
        var metrics = new Metrics();
        var work = new BackgroundWork(4, 1_000);
        var calls = SlackCalls.counted(RetryPolicy.standard(), metrics);
        var slack = SlackClients.forApi(settings.apiUrl(), timing.slackReadTimeout());
        var installations = settings.distribution().map(distribution -> new DatabaseInstallationService(
                store.installations(TokenCipher.of(distribution.keys())), distribution, slack.methods(), calls, clock));
        BotTokens tokens = installations.<BotTokens>map(service -> service).orElseGet(() -> workspace -> settings.botToken());
        var poster = new DigestPoster(new DigestPoster.Sources(store.digestSubscriptions(), store.digestDeliveries(),
                teams, digests), BotClients.of(slack, tokens), calls, timing.pacer(), metrics);
        var access = new SlackAccess(BotClients.of(slack, tokens), calls, new MessagePosts(calls),
                new ResponseUrls(slack));
        var purge = new WorkspacePurge(store.workspaceData(), settings.uninstallGrace(), clock);
        var gapReports = new GapReports(store.settings(), store.knowledgeGaps(), answerer.get(), access);
        var orgDigests = new OrgDigests(store.settings(), org, access);
        var threadRecords = new ChannelAssessment.Records(store.channelFlows(), store.followUps(), store.assessments(),
                store.cadences(), store.settings(), store.workflowRuns());
        var thread = new ChannelAssessment(content, access, threadRecords, teams, teamAssessor);
        var rhythm = new TeamRhythm(thread, threadRecords, teams, access, clock);
        var workflows = new WorkflowSteps(store.workflowRuns(), threadRecords, rhythm, teams, access);
        var jobs = new JobScheduler(store.database().dataSource(), clock, timing.polling(), poster::deliver,
                List.of(purge.task(), JobScheduler.hourly(GapReports.TASK_NAME, gapReports::sendDue),
                        JobScheduler.hourly(TeamRhythm.TASK_NAME, rhythm::runDue),
                        JobScheduler.hourly(OrgDigests.TASK_NAME, orgDigests::sendDue)));
        times.lap("Slack clients");

        var bolt = times.phase("Slack app", () -> bolt(settings, installations));
        var publicUrl = new AtomicReference<>(answering.publicUrl());
        var pages = new ArticlePages(answerer.get().knowledge(), publicUrl::get);
        var features = features(settings, work, access, metrics, new DigestSchedules(store.digestSubscriptions(), jobs),
                installations, new AnswerBlocks(pages::link), thread, rhythm, workflows);
        var followUps = new FollowUpWorker(store.followUps(), FollowUpHandlers.of(features), clock, timing.followUps(),
                4, metrics);
        MiddlewareListeners.register(bolt, metrics, store.processedEvents(), features.names(), work);
        AssistantListeners.register(bolt, features);
        CommandListeners.register(bolt, features);
        ActionListeners.register(bolt, features);
        ViewListeners.register(bolt, features);
        EventListeners.register(bolt, features);

        Map<String, Supplier<Readiness>> checks = Map.of(
                "database", () -> store.database().readiness(),
                "content", () -> Readiness.ready("questionnaire " + content.questionnaire().version()));
        var edge = new AppServer.Edge(settings.signingSecret(), clock, store.processedEvents()::firstTime);
        var install = settings.distribution().isPresent() ? Map.of(AppServer.INSTALL_PATH, OAuthInstall.page())
                : Map.<String, String>of();
        var server = times.phase("HTTP server", () -> new AppServer(bolt, settings.host(), settings.port(), edge, install,
                checks, metrics).servePages(ArticlePages.PATH, pages::page).start());
        if (publicUrl.get().isEmpty() && LOOPBACK.equals(server.host())) {
            // Served to this machine only (the sandbox, tests): its readers are here, and so are its pages.
            publicUrl.set(Optional.of(URI.create("http://" + LOOPBACK + ":" + server.port())));
        }
        times.phase("jobs", () -> {
            followUps.start();
            jobs.start();
            return jobs;
        });
        settings.botToken().ifPresent(token -> reinstalled(slack, token));
        Optional<SocketModeApp> socketMode = Optional.empty();
        if (settings.socketMode()) {
            var socket = new SocketModeApp(settings.appToken().orElseThrow(), bolt, SocketModeClient.Backend.JavaWebSocket);
            socket.startAsync();
            socketMode = Optional.of(socket);
        }
        return new SlackService(server, work, followUps, socketMode, jobs, metrics);
    }

    private SlackFeatures features(SlackSettings settings, BackgroundWork work, SlackAccess access, Metrics metrics,
                                   DigestSchedules schedules, Optional<DatabaseInstallationService> installations,
                                   AnswerBlocks answerBlocks, ChannelAssessment thread, TeamRhythm rhythm,
                                   WorkflowSteps workflows) {
        // Private metadata is signed with the secret Slack signs requests with (in Socket Mode, the app token).
        var secret = settings.socketMode() ? settings.appToken().orElseThrow() : settings.signingSecret();
        var calls = access.calls();
        var choices = new WorkspaceChoices(store.settings(), calls);
        var steps = new NextSteps(content, teams, results, teamAssessor, new NextSteps.Records(store.adoptedSteps(),
                store.settings(), store.followUps(), store.people()), new SignedText(secret, "steps"), access,
                new StepWebhook(), clock);
        return new SlackFeatures(work,
                new AssessmentModal(content, new SignedText(secret, "assessment"), calls, teams, teamAssessor, results),
                thread,
                new ProfileModal(assessor, new SignedText(secret, "profile"), calls, teams, store.profiles(), results),
                new TeamReplies(content, teams, results),
                new QuestionAnswering(answerer.get(), teams, results, new QuestionAnswering.Records(store.followUps(),
                        store.questionThreads(), store.knowledgeGaps(), store.settings()), access, answerBlocks, metrics),
                new AssistantThreads(store.questionThreads(), store.followUps(), teams, access),
                new AnswerFeedback(store.teams(), store.feedback(), store.knowledgeGaps(), store.settings(),
                        store.followUps(), new SignedText(secret, "feedback"), access),
                new ResultSharing(content, results, store.followUps(), access),
                new AppHome(content, results, schedules, calls, choices, org, steps),
                new ChannelDigest(teams, schedules, digests, new TimeZones(calls), new SignedText(secret, "digest"), access),
                new Uninstalls(store.workspaceData(), installations, settings.uninstallGrace()),
                names, new ChannelNames(names, calls), choices,
                new OrgView(choices, org, content.questionnaire().areas(), access), rhythm, steps, workflows);
    }

    /** Bolt for one workspace (a bot token), or distributed by OAuth with installations in the database. */
    private App bolt(SlackSettings settings, Optional<DatabaseInstallationService> installations) {
        // AppServer verifies signatures on the raw bytes before Bolt parses anything; DM subtypes are acknowledged.
        // Bolt's client serves the calls made before an ack, which must leave time to answer Slack within 3 s.
        var builder = AppConfig.builder().slack(SlackClients.forApi(settings.apiUrl(),
                        SlackClients.READ_TIMEOUT_BEFORE_ACK))
                .signingSecret(settings.signingSecret()).requestVerificationEnabled(false)
                .subtypedMessageEventsAutoAckEnabled(true);
        if (settings.distribution().isEmpty()) {
            // Explicitly not distributed, whatever SLACK_CLIENT_ID Bolt would read from the environment.
            return new App(builder.singleTeamBotToken(settings.botToken().orElseThrow()).clientId(null)
                    .clientSecret(null).build());
        }
        var install = new OAuthInstall(store.oauthStates());
        var app = new App(distributed(builder, settings.distribution().get(), install)).asOAuthApp(true);
        app.service(installations.orElseThrow());
        install.register(app);
        return app;
    }

    private static AppConfig distributed(AppConfig.AppConfigBuilder builder, Distribution distribution,
                                         OAuthInstall install) {
        var config = builder.clientId(distribution.clientId()).clientSecret(distribution.clientSecret())
                .redirectUri(distribution.redirectUri().orElse(null)).scope(String.join(",", distribution.scopes()))
                // Bolt's install path only starts the installation (a state, then Slack); our page links to it.
                .userScope(null).oAuthInstallPageRenderingEnabled(false).oAuthRedirectUriPageRenderer(install)
                // One auth.test per token every 10 minutes, not one per request.
                .authTestCacheEnabled(true)
                .build();
        // Full paths with no app path; the setters also switch the two routes on.
        config.setOauthInstallPath(AppServer.INSTALL_START_PATH);
        config.setOauthRedirectUriPath(AppServer.REDIRECT_PATH);
        return config;
    }

    /**
     * With one workspace, the token comes from the environment: a token that works means the app is installed
     * (again, perhaps after an uninstall), so the workspace's data is no longer due for deletion. A token granted fewer
     * scopes than the manifests ask (an app created from an older manifest) is said at start, with what to do, since
     * only an admin can grant them.
     */
    private void reinstalled(Slack slack, String token) {
        try {
            var auth = slack.methods(token).authTest(r -> r);
            if (auth.isOk()) {
                store.workspaceData().markInstalled(auth.getTeamId());
                var missing = Distribution.missingScopes(auth.getHttpResponseHeaders());
                if (!missing.isEmpty()) {
                    LOG.warn("The bot token lacks the scopes {} that the manifests in manifests/slack ask for: add them "
                            + "to the app and reinstall it to the workspace (see docs/installing.md). Until then, what "
                            + "needs them fails and people are told an admin must reinstall the app.", missing);
                }
            }
        } catch (IOException | SlackApiException e) {
            LOG.warn("Could not check which workspace the bot token belongs to: {}", e.getMessage());
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        var once = new Object() {
            private T value;

            synchronized T get() {
                if (value == null) {
                    value = Objects.requireNonNull(supplier.get());
                }
                return value;
            }
        };
        return once::get;
    }

    /** Closes the store; a Slack service must be closed first. */
    @Override
    public void close() {
        store.close();
    }

}
