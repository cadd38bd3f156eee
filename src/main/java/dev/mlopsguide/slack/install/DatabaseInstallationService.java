package dev.mlopsguide.slack.install;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.methods.MethodsClient;
import dev.mlopsguide.config.Distribution;
import dev.mlopsguide.slack.webapi.SlackCallException;
import dev.mlopsguide.slack.webapi.SlackCalls;
import dev.mlopsguide.store.BotInstallation;
import dev.mlopsguide.store.Installations;
import dev.mlopsguide.store.InstallerRecord;
import dev.mlopsguide.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's installation store over our database, for OAuth distribution. Only the latest installation of a workspace
 * is kept. Lookups are cached for at most {@link Store#CACHE_TTL} and dropped on every change made here.
 *
 * <p>Token rotation happens here rather than in Bolt: a bot whose token expires within {@link #ROTATE_BEFORE} is
 * rotated under a row lock, so that two replicas never spend the same refresh token, and the same path serves
 * requests and the weekly digest. Bolt is handed bots without their refresh token, so it never rotates on its own.
 */
public final class DatabaseInstallationService implements InstallationService, BotTokens {

    /** Rotate a token this long before it expires; Slack's rotating tokens live 12 hours. */
    private static final Duration ROTATE_BEFORE = Duration.ofHours(2);
    /** After Slack refuses a rotation, the current token is used this long before the next try. */
    static final Duration RETRY_ROTATION_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseInstallationService.class);

    private final Installations installations;
    private final Distribution distribution;
    private final MethodsClient slack;
    private final SlackCalls calls;
    private final Clock clock;
    private final Cache<List<String>, Optional<BotInstallation>> bots;
    private final Cache<List<String>, Boolean> refusedRotations;

    public DatabaseInstallationService(Installations installations, Distribution distribution, MethodsClient slack,
                                       SlackCalls calls, Clock clock) {
        this.installations = installations;
        this.distribution = distribution;
        this.slack = slack;
        this.calls = calls;
        this.clock = clock;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.bots = Caffeine.newBuilder().expireAfterWrite(Store.CACHE_TTL).maximumSize(10_000).ticker(ticker).build();
        this.refusedRotations = Caffeine.newBuilder().expireAfterWrite(RETRY_ROTATION_AFTER).maximumSize(10_000)
                .ticker(ticker).build();
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        if (enabled) {
            throw new UnsupportedOperationException("only the latest installation of each workspace is kept");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        if (installer.getBotAccessToken() == null) {
            throw new IllegalStateException("Slack did not grant a bot token; the app needs its bot scopes");
        }
        var installedAt = installer.getInstalledAt() == null ? clock.instant()
                : Instant.ofEpochMilli(installer.getInstalledAt());
        var bot = new BotInstallation(installer.getEnterpriseId(),
                teamOf(installer.getTeamId(), installer.getIsEnterpriseInstall()),
                Boolean.TRUE.equals(installer.getIsEnterpriseInstall()), installer.getAppId(),
                installer instanceof DefaultInstaller d ? d.getEnterpriseName() : null, installer.getEnterpriseUrl(),
                installer instanceof DefaultInstaller d ? d.getTeamName() : null, installer.getBotId(),
                installer.getBotUserId(), installer.getBotScope(), installer.getBotAccessToken(),
                installer.getBotRefreshToken(), installer.getBotTokenExpiresAt(), installedAt);
        installations.save(bot, new InstallerRecord(bot.enterpriseId(), bot.teamId(), installer.getInstallerUserId(),
                installer.getInstallerUserScope(), installer.getInstallerUserAccessToken(),
                installer.getInstallerUserRefreshToken(), installer.getInstallerUserTokenExpiresAt(),
                installer.getIncomingWebhookUrl(), installer.getIncomingWebhookChannelId(),
                installer.getIncomingWebhookConfigurationUrl(), installedAt));
        bots.invalidateAll();
        LOG.info("Installed in {}{}", bot.teamId() == null ? "enterprise " + bot.enterpriseId()
                : "workspace " + bot.teamId(), bot.refreshToken() == null ? "" : " with token rotation");
    }

    /** Bolt calls this after rotating a token itself, which it does not do here: it is handed no refresh token. */
    @Override
    public void saveBot(Bot bot) {
        installations.findBot(bot.getEnterpriseId(), bot.getTeamId()).ifPresent(stored -> installations.saveBot(
                stored.withTokens(bot.getBotAccessToken(), bot.getBotRefreshToken(), bot.getBotTokenExpiresAt())));
        bots.invalidateAll();
    }

    @Override
    public void deleteBot(Bot bot) {
        installations.deleteBot(bot.getEnterpriseId(), teamOf(bot.getTeamId(), bot.getIsEnterpriseInstall()));
        bots.invalidateAll();
    }

    @Override
    public void deleteInstaller(Installer installer) {
        installations.deleteInstaller(installer.getEnterpriseId(),
                teamOf(installer.getTeamId(), installer.getIsEnterpriseInstall()), installer.getInstallerUserId());
        bots.invalidateAll();
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.deleteAll(enterpriseId, teamId);
        bots.invalidateAll();
    }

    /** Deletes what Slack says was revoked: the user tokens of {@code users}, and the bot token if {@code bot}. */
    public void revoke(String enterpriseId, String teamId, List<String> users, boolean bot) {
        users.forEach(user -> installations.deleteInstaller(enterpriseId, teamId, user));
        if (bot) {
            installations.deleteBot(enterpriseId, teamId);
        }
        bots.invalidateAll();
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return freshBot(enterpriseId, teamId).map(DatabaseInstallationService::toBolt).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        var bot = freshBot(enterpriseId, teamId);
        // The installers of an org-wide install are kept under its enterprise, like its bot.
        var enterprise = bot.isPresent() ? bot.get().enterpriseId() : enterpriseId;
        var team = bot.isPresent() ? bot.get().teamId() : teamId;
        return installations.findInstaller(enterprise, team, userId).map(installer -> toBolt(installer, bot))
                .orElse(null);
    }

    @Override
    public Optional<String> forWorkspace(String workspaceId) {
        return freshBot(null, workspaceId).map(BotInstallation::botToken);
    }

    @Override
    public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
        return "MLOps Guide is not installed in this workspace any more. Ask an admin to install it again.";
    }

    /** The bot for a request or a job, rotated first when its token is about to expire. */
    private Optional<BotInstallation> freshBot(String enterpriseId, String teamId) {
        var key = Arrays.asList(enterpriseId, teamId);
        var bot = bots.get(key, k -> installations.findBot(enterpriseId, teamId));
        if (bot.isEmpty() || !dueForRotation(bot.get()) || refusedRotations.getIfPresent(key) != null) {
            return bot;
        }
        try {
            return rotate(bot.get());
        } catch (SlackCallException e) {
            LOG.warn("Could not rotate the bot token of {}: {}", bot.get().teamId(), e.error());
            refusedRotations.put(key, Boolean.TRUE);
            return bot;
        }
    }

    private boolean dueForRotation(BotInstallation bot) {
        return bot.expiresBefore(clock.instant().plus(ROTATE_BEFORE));
    }

    /**
     * Rotation is rare (twice a day per workspace), so one lock per process keeps this replica's threads in line,
     * and the database row lock keeps the other replicas out.
     */
    private synchronized Optional<BotInstallation> rotate(BotInstallation bot) {
        try {
            return installations.rotate(bot, current -> dueForRotation(current) ? refreshed(current) : current);
        } finally {
            bots.invalidateAll();
        }
    }

    private BotInstallation refreshed(BotInstallation bot) {
        var response = calls.call("oauth.v2.access", () -> slack.oauthV2Access(r -> r
                .clientId(distribution.clientId()).clientSecret(distribution.clientSecret())
                .grantType("refresh_token").refreshToken(bot.refreshToken())));
        LOG.info("Rotated the bot token of {}", bot.teamId() == null ? bot.enterpriseId() : bot.teamId());
        return bot.withTokens(response.getAccessToken(), response.getRefreshToken(),
                clock.millis() + response.getExpiresIn() * 1000L);
    }

    /** An org-wide install belongs to its enterprise, not to the workspace it was installed from. */
    private static String teamOf(String teamId, Boolean enterpriseInstall) {
        return Boolean.TRUE.equals(enterpriseInstall) ? null : teamId;
    }

    private static Bot toBolt(BotInstallation bot) {
        var bolt = new DefaultBot();
        bolt.setAppId(bot.appId());
        bolt.setEnterpriseId(bot.enterpriseId());
        bolt.setEnterpriseName(bot.enterpriseName());
        bolt.setEnterpriseUrl(bot.enterpriseUrl());
        bolt.setTeamId(bot.teamId());
        bolt.setTeamName(bot.teamName());
        bolt.setIsEnterpriseInstall(bot.enterpriseInstall());
        bolt.setBotId(bot.botId());
        bolt.setBotUserId(bot.botUserId());
        bolt.setBotScope(bot.botScope());
        bolt.setBotAccessToken(bot.botToken());
        bolt.setBotTokenExpiresAt(bot.tokenExpiresAt());
        bolt.setInstalledAt(bot.installedAt().toEpochMilli());
        return bolt;
    }

    private static Installer toBolt(InstallerRecord installer, Optional<BotInstallation> bot) {
        var builder = DefaultInstaller.builder().enterpriseId(installer.enterpriseId()).teamId(installer.teamId())
                .installerUserId(installer.userId()).installerUserScope(installer.userScope())
                .installerUserAccessToken(installer.userToken())
                .installerUserTokenExpiresAt(installer.userTokenExpiresAt())
                .incomingWebhookUrl(installer.webhookUrl()).incomingWebhookChannelId(installer.webhookChannelId())
                .incomingWebhookConfigurationUrl(installer.webhookConfigurationUrl())
                .installedAt(installer.installedAt().toEpochMilli());
        bot.ifPresent(b -> builder.appId(b.appId()).isEnterpriseInstall(b.enterpriseInstall())
                .enterpriseUrl(b.enterpriseUrl()).enterpriseName(b.enterpriseName()).teamName(b.teamName())
                .botId(b.botId()).botUserId(b.botUserId()).botScope(b.botScope()).botAccessToken(b.botToken())
                .botTokenExpiresAt(b.tokenExpiresAt()));
        return builder.build();
    }
}
