-- The thread message that asks each question of a channel assessment. Inserting the row claims the right to post
-- the question, so that two replicas never post it twice; message_ts is filled in once it is posted.
CREATE TABLE channel_flow_message (
    flow_id      BIGINT      NOT NULL REFERENCES channel_flow (id) ON DELETE CASCADE,
    question_id  VARCHAR(64) NOT NULL,
    message_ts   VARCHAR(32),
    PRIMARY KEY (flow_id, question_id)
);

-- Slack events already handled, so that a retried or duplicated delivery is handled once across replicas.
CREATE TABLE processed_event (
    event_id     VARCHAR(64) PRIMARY KEY,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX processed_event_received_at ON processed_event (received_at);
