-- Publishing, cancelling and applying: what the core tables do not yet hold.
ALTER TABLE opportunities.opportunity ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE opportunities.opportunity ADD COLUMN cancel_reason TEXT;

ALTER TABLE opportunities.application ADD COLUMN created_by_user UUID;
ALTER TABLE opportunities.application ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;

-- An organisation follows either all new opportunities (opportunity is null, optionally of one kind)
-- or one opportunity; the person who set it up is the one told.
CREATE TABLE opportunities.follow (
    id           UUID PRIMARY KEY,
    organisation UUID NOT NULL,                          -- organisations.organisation
    organisation_name TEXT NOT NULL,
    opportunity  UUID REFERENCES opportunities.opportunity (id) ON DELETE CASCADE,
    kind         TEXT CHECK (kind IN ('GRANT_ROUND', 'TENDER')),
    follower     UUID NOT NULL,                          -- identity.user_account
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (opportunity IS NULL OR kind IS NULL)
);
CREATE UNIQUE INDEX follow_one_opportunity ON opportunities.follow (organisation, follower, opportunity)
    WHERE opportunity IS NOT NULL;
CREATE UNIQUE INDEX follow_all_new ON opportunities.follow (organisation, follower) WHERE opportunity IS NULL;
CREATE INDEX follow_opportunity_idx ON opportunities.follow (opportunity);

-- Clarification questions and their answers; the asker's organisation is never published.
CREATE TABLE opportunities.clarification (
    id           UUID PRIMARY KEY,
    opportunity  UUID NOT NULL REFERENCES opportunities.opportunity (id) ON DELETE CASCADE,
    question     TEXT NOT NULL,
    organisation UUID NOT NULL,
    asked_by     TEXT NOT NULL,
    asked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    answer       TEXT,
    answered_by  TEXT,
    published_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX clarification_opportunity_idx ON opportunities.clarification (opportunity, asked_at);

-- Files attached to an application, kept in the database so that every node of the hub serves them.
CREATE TABLE opportunities.attachment (
    id           UUID PRIMARY KEY,
    application  UUID NOT NULL REFERENCES opportunities.application (id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL CHECK (size_bytes > 0),
    content      BYTEA NOT NULL,
    uploaded_by  TEXT NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachment_application_idx ON opportunities.attachment (application);
