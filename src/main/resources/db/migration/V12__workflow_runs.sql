-- A run of the "Run an MLOps check-in" workflow step: the check-in it started (or joined), and whether Slack was told
-- its outcome, so that each run is completed once.
CREATE TABLE workflow_run (
    execution_id   VARCHAR(64)  PRIMARY KEY,
    workspace_id   VARCHAR(32)  NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,
    channel_id     VARCHAR(32)  NOT NULL,
    flow_id        BIGINT       REFERENCES channel_flow (id) ON DELETE SET NULL,
    status         VARCHAR(16)  NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT workflow_run_status CHECK (status IN ('running', 'completed', 'failed'))
);
