-- Installations of the app in Slack workspaces (OAuth distribution), and the OAuth states of installs in progress.
-- Tokens are stored encrypted (AES-GCM, see TokenCipher); these columns never hold a readable token.
-- An empty enterprise_id or team_id means "none": an org-wide install has no team, a plain workspace no enterprise.

CREATE TABLE slack_bot (
    enterprise_id        VARCHAR(32)   NOT NULL,
    team_id              VARCHAR(32)   NOT NULL,
    enterprise_install   BOOLEAN       NOT NULL,
    app_id               VARCHAR(32),
    enterprise_name      VARCHAR(200),
    enterprise_url       VARCHAR(500),
    team_name            VARCHAR(200),
    bot_id               VARCHAR(32),
    bot_user_id          VARCHAR(32),
    bot_scope            VARCHAR(2000),
    bot_token            VARCHAR(1000) NOT NULL,
    bot_refresh_token    VARCHAR(1000),
    bot_token_expires_at BIGINT,
    installed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enterprise_id, team_id)
);
CREATE INDEX slack_bot_team ON slack_bot (team_id);

-- The person who installed (or re-authorised) the app, with their user token if user scopes were asked for.
CREATE TABLE slack_installer (
    enterprise_id             VARCHAR(32)   NOT NULL,
    team_id                   VARCHAR(32)   NOT NULL,
    user_id                   VARCHAR(32)   NOT NULL,
    user_scope                VARCHAR(2000),
    user_token                VARCHAR(1000),
    user_refresh_token        VARCHAR(1000),
    user_token_expires_at     BIGINT,
    incoming_webhook_url      VARCHAR(1000),
    incoming_webhook_channel_id VARCHAR(32),
    incoming_webhook_config_url VARCHAR(1000),
    installed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enterprise_id, team_id, user_id)
);

-- One row per install started from /slack/install; used once by the redirect, and only before it expires.
CREATE TABLE oauth_state (
    state       VARCHAR(64) PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX oauth_state_expires_at ON oauth_state (expires_at);
