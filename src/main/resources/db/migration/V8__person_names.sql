-- The name a person goes by in a workspace, as Slack last sent it with one of their requests: the command line, the
-- chart and the CSV cannot render a Slack mention, so they show this name. Gone with the workspace's data.
CREATE TABLE person (
    workspace_id  VARCHAR(32)  NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    user_id       VARCHAR(32)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
