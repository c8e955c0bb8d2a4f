CREATE SCHEMA IF NOT EXISTS mail;

CREATE TABLE mail.outbox_message (
    id          UUID PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('WAITING', 'SENT', 'FAILED')),
    attempts    INT NOT NULL DEFAULT 0,
    sent_at     TIMESTAMP WITH TIME ZONE,
    last_error  TEXT
);
CREATE INDEX outbox_message_waiting_idx ON mail.outbox_message (created_at) WHERE status = 'WAITING';
CREATE INDEX outbox_message_created_idx ON mail.outbox_message (created_at DESC);
