package dev.mlopsguide.store;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.mlopsguide.config.DatabaseSettings;
import java.time.Clock;
import java.time.Duration;

/**
 * The application's persistent state: one database and the repositories over it. Several replicas may share one
 * PostgreSQL database; what they cache is kept for at most {@link #CACHE_TTL}.
 */
public final class Store implements AutoCloseable {

    /** How long a cached read (team profile, latest result) may lag another replica's write. */
    public static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final Database database;
    private final Clock clock;
    private final Teams teams;
    private final Profiles profiles;
    private final QuestionnaireVersions questionnaireVersions;
    private final Assessments assessments;
    private final ChannelFlows channelFlows;
    private final FollowUps followUps;
    private final DigestSubscriptions digestSubscriptions;
    private final DigestDeliveries digestDeliveries;
    private final Feedback feedback;
    private final ProcessedEvents processedEvents;
    private final TeamData teamData;
    private final WorkspaceData workspaceData;
    private final OAuthStates oauthStates;
    private final People people;
    private final WorkspaceSettings settings;
    private final QuestionThreads questionThreads;
    private final Cadences cadences;
    private final AdoptedSteps adoptedSteps;
    private final WorkflowRuns workflowRuns;
    private final KnowledgeGaps knowledgeGaps;

    public Store(Database database, Clock clock, Duration cacheTtl, Ticker ticker) {
        this.database = database;
        this.clock = clock;
        var jdbc = database.jdbc();
        this.teams = new Teams(jdbc, clock);
        this.profiles = new Profiles(jdbc, clock, cacheTtl, ticker);
        this.questionnaireVersions = new QuestionnaireVersions(jdbc, clock);
        this.followUps = new FollowUps(jdbc, clock);
        this.assessments = new Assessments(jdbc, clock, questionnaireVersions, followUps, cacheTtl, ticker);
        this.channelFlows = new ChannelFlows(jdbc, clock, questionnaireVersions, followUps);
        this.digestSubscriptions = new DigestSubscriptions(jdbc, clock);
        this.digestDeliveries = new DigestDeliveries(jdbc, clock);
        this.feedback = new Feedback(jdbc, clock);
        // An H2 file is held by one process, which can decide alone what it has seen.
        this.processedEvents = new ProcessedEvents(jdbc, clock, database.settings().h2Directory().isPresent());
        this.oauthStates = new OAuthStates(jdbc, clock);
        this.people = new People(jdbc, clock, teams);
        this.settings = new WorkspaceSettings(jdbc, clock, teams);
        this.questionThreads = new QuestionThreads(jdbc, clock, teams);
        this.cadences = new Cadences(jdbc, clock, followUps);
        this.adoptedSteps = new AdoptedSteps(jdbc, clock, followUps);
        this.teamData = new TeamData(jdbc, clock, profiles, assessments, channelFlows, digestSubscriptions, digestDeliveries,
                cadences, adoptedSteps);
        this.workflowRuns = new WorkflowRuns(jdbc, clock, teams, followUps);
        this.knowledgeGaps = new KnowledgeGaps(jdbc, clock, teams);
        this.workspaceData = new WorkspaceData(jdbc, clock, teams, teamData, knowledgeGaps);
    }

    /** Opens the database named by the settings, migrated to the latest schema; rows are dated by {@code clock}. */
    public static Store open(DatabaseSettings settings, Clock clock) {
        return new Store(Database.open(settings), clock, CACHE_TTL, Ticker.systemTicker());
    }

    public Database database() {
        return database;
    }

    public Teams teams() {
        return teams;
    }

    public Profiles profiles() {
        return profiles;
    }

    public QuestionnaireVersions questionnaireVersions() {
        return questionnaireVersions;
    }

    public Assessments assessments() {
        return assessments;
    }

    public ChannelFlows channelFlows() {
        return channelFlows;
    }

    public FollowUps followUps() {
        return followUps;
    }

    public DigestSubscriptions digestSubscriptions() {
        return digestSubscriptions;
    }

    public DigestDeliveries digestDeliveries() {
        return digestDeliveries;
    }

    public Feedback feedback() {
        return feedback;
    }

    public ProcessedEvents processedEvents() {
        return processedEvents;
    }

    public TeamData teamData() {
        return teamData;
    }

    public WorkspaceData workspaceData() {
        return workspaceData;
    }

    public People people() {
        return people;
    }

    public WorkspaceSettings settings() {
        return settings;
    }

    public Cadences cadences() {
        return cadences;
    }

    public AdoptedSteps adoptedSteps() {
        return adoptedSteps;
    }

    public WorkflowRuns workflowRuns() {
        return workflowRuns;
    }

    public QuestionThreads questionThreads() {
        return questionThreads;
    }

    public KnowledgeGaps knowledgeGaps() {
        return knowledgeGaps;
    }

    public OAuthStates oauthStates() {
        return oauthStates;
    }

    /** The installations, whose tokens are sealed with {@code cipher}: only distribution mode has one. */
    public Installations installations(TokenCipher cipher) {
        return new Installations(database.jdbc(), clock, cipher);
    }

    @Override
    public void close() {
        processedEvents.close();
        database.close();
    }
}
