package dev.mlopsguide.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the app is installed: one bot per workspace (or enterprise, for an org-wide install) and the people who
 * installed it, with every token, refresh token and webhook URL sealed by the {@link TokenCipher}. Saving an
 * installation also marks its workspace as installed again, which cancels a pending deletion after an uninstall.
 */
public final class Installations {

    /** Stands for "no enterprise" or "no team" in the key columns, which cannot hold null. */
    private static final String NONE = "";

    private final Jdbc jdbc;
    private final Clock clock;
    private final TokenCipher cipher;

    Installations(Jdbc jdbc, Clock clock, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** Saves a new or renewed installation: its bot, the installer, and the workspace as installed, together. */
    public void save(BotInstallation bot, InstallerRecord installer) {
        jdbc.transaction("save the installation in " + describe(bot.enterpriseId(), bot.teamId()), sql -> {
            writeBot(sql, bot);
            writeInstaller(sql, installer);
            if (bot.teamId() != null) {
                var name = bot.teamName() == null ? bot.teamId() : bot.teamName();
                if (sql.update("UPDATE workspace SET name = ?, uninstalled_at = NULL WHERE id = ?", name, bot.teamId()) == 0) {
                    sql.update("INSERT INTO workspace (id, name, created_at) VALUES (?, ?, ?)", bot.teamId(), name,
                            clock.instant());
                }
            }
            return null;
        });
    }

    /** Replaces the stored bot, after a token rotation for instance. */
    public void saveBot(BotInstallation bot) {
        jdbc.transaction("save the bot of " + describe(bot.enterpriseId(), bot.teamId()), sql -> {
            writeBot(sql, bot);
            return null;
        });
    }

    /**
     * The bot to use for a request from a team: an org-wide install of its enterprise first, then the team's own.
     * Team ids are unique across Slack, so without an enterprise id the team is found by its id alone.
     */
    public Optional<BotInstallation> findBot(String enterpriseId, String teamId) {
        return jdbc.read("find the bot of " + describe(enterpriseId, teamId), sql -> {
            if (enterpriseId != null) {
                var orgWide = sql.one("SELECT * FROM slack_bot WHERE enterprise_id = ? AND team_id = ? AND enterprise_install",
                        this::bot, enterpriseId, NONE);
                if (orgWide.isPresent() || teamId == null) {
                    return orgWide;
                }
            }
            return teamId == null ? Optional.empty() : sql.one(
                    "SELECT * FROM slack_bot WHERE team_id = ? ORDER BY updated_at DESC", this::bot, teamId);
        });
    }

    /**
     * Locks the bot's row (so that no other replica rotates the same token at once), and if {@code rotation} still
     * finds its token due, stores what it returns. {@code rotation} gets the bot as stored now (another replica may
     * have rotated it meanwhile) and returns that same instance when nothing is due. The lock is held while
     * {@code rotation} asks Slack for new tokens.
     */
    public Optional<BotInstallation> rotate(BotInstallation bot, UnaryOperator<BotInstallation> rotation) {
        return jdbc.transaction("rotate the token of " + describe(bot.enterpriseId(), bot.teamId()), sql -> {
            var locked = sql.one("SELECT * FROM slack_bot WHERE enterprise_id = ? AND team_id = ? FOR UPDATE",
                    this::bot, key(bot.enterpriseId()), key(bot.teamId()));
            if (locked.isEmpty()) {
                return locked;
            }
            var rotated = rotation.apply(locked.get());
            if (rotated != locked.get()) {
                writeBot(sql, rotated);
            }
            return Optional.of(rotated);
        });
    }

    /** The installer {@code userId}, or the latest installer when it is null, with the bot's details. */
    public Optional<InstallerRecord> findInstaller(String enterpriseId, String teamId, String userId) {
        var query = "SELECT * FROM slack_installer WHERE enterprise_id = ? AND team_id = ?"
                + (userId == null ? "" : " AND user_id = ?") + " ORDER BY installed_at DESC";
        var params = userId == null ? new Object[] {key(enterpriseId), key(teamId)}
                : new Object[] {key(enterpriseId), key(teamId), userId};
        return jdbc.read("find an installer in " + describe(enterpriseId, teamId), sql -> sql.one(query, this::installer,
                params));
    }

    /** An installed bot as a list shows it: where, when, and whether its token opens with the current keys. */
    public record Listed(String enterpriseId, String teamId, String name, Instant installedAt, Long tokenExpiresAt,
                         boolean opens) {
    }

    /** Every installed bot, those whose tokens cannot be opened included (they say so), without their tokens. */
    public List<Listed> listBots() {
        return jdbc.read("list the installed bots", sql -> sql.list(
                "SELECT * FROM slack_bot ORDER BY enterprise_id, team_id", rs -> {
                    var enterpriseId = value(rs.getString("enterprise_id"));
                    var teamId = value(rs.getString("team_id"));
                    long expiresAt = rs.getLong("bot_token_expires_at");
                    var expires = rs.wasNull() ? null : expiresAt;
                    boolean opens;
                    try {
                        cipher.open(rs.getString("bot_token"), botContext(enterpriseId, teamId) + "/bot_token");
                        opens = true;
                    } catch (TokenCipher.TokenCipherException e) {
                        opens = false;
                    }
                    return new Listed(enterpriseId, teamId, teamId == null ? rs.getString("enterprise_name")
                            : rs.getString("team_name"), Sql.instant(rs, "installed_at"), expires, opens);
                }));
    }

    public boolean deleteBot(String enterpriseId, String teamId) {
        return jdbc.read("delete the bot of " + describe(enterpriseId, teamId), sql -> sql.update(
                "DELETE FROM slack_bot WHERE enterprise_id = ? AND team_id = ?", key(enterpriseId), key(teamId))) > 0;
    }

    public boolean deleteInstaller(String enterpriseId, String teamId, String userId) {
        return jdbc.read("delete an installer in " + describe(enterpriseId, teamId), sql -> sql.update(
                "DELETE FROM slack_installer WHERE enterprise_id = ? AND team_id = ? AND user_id = ?",
                key(enterpriseId), key(teamId), userId)) > 0;
    }

    /** Deletes every token of an installation (its bot and installers) at once; returns how many rows went. */
    public int deleteAll(String enterpriseId, String teamId) {
        return jdbc.transaction("delete the installation in " + describe(enterpriseId, teamId), sql ->
                sql.update("DELETE FROM slack_bot WHERE enterprise_id = ? AND team_id = ?", key(enterpriseId), key(teamId))
                        + sql.update("DELETE FROM slack_installer WHERE enterprise_id = ? AND team_id = ?",
                        key(enterpriseId), key(teamId)));
    }

    /**
     * Seals every stored token again with the current key, after a key rotation; returns how many rows were
     * rewritten. Run it once every replica has the new key, before the previous key is dropped.
     */
    public int resealWithCurrentKey() {
        return jdbc.transaction("re-seal the stored tokens", sql -> {
            var bots = sql.list("SELECT * FROM slack_bot FOR UPDATE", this::bot);
            for (var bot : bots) {
                writeBot(sql, bot);
            }
            var installers = sql.list("SELECT * FROM slack_installer FOR UPDATE", this::installer);
            for (var installer : installers) {
                writeInstaller(sql, installer);
            }
            return bots.size() + installers.size();
        });
    }

    /** Updates the row in place when it exists, so that a replica waiting on its lock then reads the new version. */
    private void writeBot(Sql sql, BotInstallation bot) throws SQLException {
        var context = botContext(bot.enterpriseId(), bot.teamId());
        var values = new Object[] {bot.enterpriseInstall(), bot.appId(), bot.enterpriseName(), bot.enterpriseUrl(),
                bot.teamName(), bot.botId(), bot.botUserId(), bot.botScope(),
                cipher.seal(bot.botToken(), context + "/bot_token"),
                cipher.seal(bot.refreshToken(), context + "/bot_refresh_token"), bot.tokenExpiresAt(),
                bot.installedAt(), clock.instant(), key(bot.enterpriseId()), key(bot.teamId())};
        int updated = sql.update("UPDATE slack_bot SET enterprise_install = ?, app_id = ?, enterprise_name = ?, "
                + "enterprise_url = ?, team_name = ?, bot_id = ?, bot_user_id = ?, bot_scope = ?, bot_token = ?, "
                + "bot_refresh_token = ?, bot_token_expires_at = ?, installed_at = ?, updated_at = ? "
                + "WHERE enterprise_id = ? AND team_id = ?", values);
        if (updated == 0) {
            sql.update("INSERT INTO slack_bot (enterprise_install, app_id, enterprise_name, enterprise_url, team_name, "
                    + "bot_id, bot_user_id, bot_scope, bot_token, bot_refresh_token, bot_token_expires_at, installed_at, "
                    + "updated_at, enterprise_id, team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    private void writeInstaller(Sql sql, InstallerRecord installer) throws SQLException {
        var e = key(installer.enterpriseId());
        var t = key(installer.teamId());
        var context = installerContext(installer.enterpriseId(), installer.teamId(), installer.userId());
        sql.update("DELETE FROM slack_installer WHERE enterprise_id = ? AND team_id = ? AND user_id = ?",
                e, t, installer.userId());
        sql.update("INSERT INTO slack_installer (enterprise_id, team_id, user_id, user_scope, user_token, "
                        + "user_refresh_token, user_token_expires_at, incoming_webhook_url, "
                        + "incoming_webhook_channel_id, incoming_webhook_config_url, installed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e, t, installer.userId(), installer.userScope(),
                cipher.seal(installer.userToken(), context + "/user_token"),
                cipher.seal(installer.userRefreshToken(), context + "/user_refresh_token"),
                installer.userTokenExpiresAt(), cipher.seal(installer.webhookUrl(), context + "/webhook_url"),
                installer.webhookChannelId(), installer.webhookConfigurationUrl(),
                installer.installedAt());
    }

    private BotInstallation bot(ResultSet rs) throws SQLException {
        var enterpriseId = value(rs.getString("enterprise_id"));
        var teamId = value(rs.getString("team_id"));
        var context = botContext(enterpriseId, teamId);
        long expiresAt = rs.getLong("bot_token_expires_at");
        return new BotInstallation(enterpriseId, teamId, rs.getBoolean("enterprise_install"), rs.getString("app_id"),
                rs.getString("enterprise_name"), rs.getString("enterprise_url"), rs.getString("team_name"),
                rs.getString("bot_id"), rs.getString("bot_user_id"), rs.getString("bot_scope"),
                cipher.open(rs.getString("bot_token"), context + "/bot_token"),
                cipher.open(rs.getString("bot_refresh_token"), context + "/bot_refresh_token"),
                rs.wasNull() ? null : expiresAt, Sql.instant(rs, "installed_at"));
    }

    private InstallerRecord installer(ResultSet rs) throws SQLException {
        var enterpriseId = value(rs.getString("enterprise_id"));
        var teamId = value(rs.getString("team_id"));
        var userId = rs.getString("user_id");
        var context = installerContext(enterpriseId, teamId, userId);
        long expiresAt = rs.getLong("user_token_expires_at");
        Long expires = rs.wasNull() ? null : expiresAt;
        return new InstallerRecord(enterpriseId, teamId, userId, rs.getString("user_scope"),
                cipher.open(rs.getString("user_token"), context + "/user_token"),
                cipher.open(rs.getString("user_refresh_token"), context + "/user_refresh_token"), expires,
                cipher.open(rs.getString("incoming_webhook_url"), context + "/webhook_url"),
                rs.getString("incoming_webhook_channel_id"),
                rs.getString("incoming_webhook_config_url"), Sql.instant(rs, "installed_at"));
    }

    private static String botContext(String enterpriseId, String teamId) {
        return "slack_bot/" + key(enterpriseId) + "/" + key(teamId);
    }

    private static String installerContext(String enterpriseId, String teamId, String userId) {
        return "slack_installer/" + key(enterpriseId) + "/" + key(teamId) + "/" + userId;
    }

    private static String key(String id) {
        return id == null ? NONE : id;
    }

    private static String value(String key) {
        return key == null || key.isEmpty() ? null : key;
    }

    private static String describe(String enterpriseId, String teamId) {
        return (enterpriseId == null ? "" : "enterprise " + enterpriseId + " ") + (teamId == null ? "" : "workspace " + teamId);
    }
}
