CREATE SCHEMA IF NOT EXISTS opendata;

-- One import of another publisher's 360Giving or OCDS file: who ran it, what it found, and its full report.
CREATE TABLE opendata.import_run (
    id           UUID PRIMARY KEY,
    standard     TEXT NOT NULL CHECK (standard IN ('360GIVING', 'OCDS')),
    format       TEXT,                                    -- JSON, CSV or XLSX once detected
    file_name    TEXT NOT NULL,
    started_by   TEXT NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    outcome      TEXT NOT NULL DEFAULT 'RUNNING' CHECK (outcome IN ('RUNNING', 'SUCCEEDED', 'REFUSED', 'FAILED')),
    message      TEXT,
    imported     INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    report       JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX import_run_started_idx ON opendata.import_run (started_at DESC);

-- A grant or contract award another publisher made, as given, and the register organisation it matched (if any).
CREATE TABLE opendata.external_funding (
    id                UUID PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('GRANT', 'CONTRACT')),
    source_key        TEXT NOT NULL,                      -- the grant id, or ocid / award id (/ supplier)
    record_id         TEXT NOT NULL,                      -- the grant id or the ocid
    award_id          TEXT,
    publisher         TEXT,
    title             TEXT NOT NULL,
    amount            NUMERIC(16, 2),
    currency          TEXT,
    awarded_on        DATE,
    funder_name       TEXT,
    funder_org_id     TEXT,
    recipient_name    TEXT,
    recipient_org_id  TEXT,
    organisation      UUID,                               -- organisations.organisation, matched; null when not in the register
    first_run         UUID NOT NULL,
    last_run          UUID NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (kind, source_key)
);
CREATE INDEX external_funding_organisation_idx ON opendata.external_funding (organisation) WHERE organisation IS NOT NULL;
CREATE INDEX external_funding_last_run_idx ON opendata.external_funding (last_run);
