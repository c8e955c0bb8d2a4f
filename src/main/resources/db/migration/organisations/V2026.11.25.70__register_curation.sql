-- Keeping the register right: new groups wait for an officer's approval before the public sees them;
-- profile edits by an organisation's admin and claims ("I run this group") wait for an officer too.
ALTER TABLE organisations.organisation ADD COLUMN pending_approval BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE organisations.organisation ADD COLUMN deleted_by TEXT;
CREATE INDEX organisation_pending_idx ON organisations.organisation (created_at) WHERE pending_approval;
CREATE INDEX organisation_deleted_idx ON organisations.organisation (deleted_at) WHERE deleted_at IS NOT NULL;

-- A proposed profile: the whole draft as JSON, against the version it was based on.
CREATE TABLE organisations.profile_change (
    id                UUID PRIMARY KEY,
    organisation      UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    base_version      INT NOT NULL,
    proposed          JSONB NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    proposed_by       UUID,
    proposed_by_email TEXT NOT NULL,
    proposed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        TEXT,
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_reason   TEXT
);
CREATE INDEX profile_change_pending_idx ON organisations.profile_change (proposed_at) WHERE status = 'PENDING';
CREATE INDEX profile_change_organisation_idx ON organisations.profile_change (organisation);

CREATE TABLE organisations.claim (
    id              UUID PRIMARY KEY,
    organisation    UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    claimant        UUID NOT NULL,
    claimant_email  TEXT NOT NULL,
    claimant_role   TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      TEXT,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_reason TEXT
);
CREATE UNIQUE INDEX claim_one_pending_idx ON organisations.claim (organisation, claimant) WHERE status = 'PENDING';

-- Who put a new group on the register, and the officer's decision.
CREATE TABLE organisations.group_submission (
    organisation       UUID PRIMARY KEY REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    submitted_by       UUID,
    submitted_by_email TEXT NOT NULL,
    runs_group         BOOLEAN NOT NULL DEFAULT FALSE,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status             TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by         TEXT,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decision_reason    TEXT
);

-- Every merge, kept even after the merged record is purged.
CREATE TABLE organisations.merge (
    id         UUID PRIMARY KEY,
    merged     UUID NOT NULL,
    survivor   UUID NOT NULL,
    merged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    merged_by  TEXT NOT NULL,
    taken      TEXT NOT NULL DEFAULT ''
);
