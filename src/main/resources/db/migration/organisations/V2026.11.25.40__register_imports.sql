-- Imports from the registers (Charity Commission, Companies House) and local spreadsheets.

-- Which register record each organisation came from, and a hash of the profile the import last wrote,
-- so a second run of the same file changes nothing and a newer file changes only what differs.
CREATE TABLE organisations.organisation_import (
    organisation  UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    source        TEXT NOT NULL,
    source_key    TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    run           UUID,
    PRIMARY KEY (source, source_key)
);
CREATE INDEX organisation_import_organisation_idx ON organisations.organisation_import (organisation);

-- What a register says about an organisation whose profile was edited locally: the import does not
-- overwrite it, and an officer decides.
CREATE TABLE organisations.import_flag (
    id            UUID PRIMARY KEY,
    organisation  UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    source        TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    message       TEXT NOT NULL,
    proposed      JSONB,
    run           UUID,
    flagged_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at   TIMESTAMP WITH TIME ZONE,
    UNIQUE (organisation, source, content_hash)
);
CREATE INDEX import_flag_open_idx ON organisations.import_flag (organisation) WHERE resolved_at IS NULL;

-- Every import run, with its report; the rows that failed are kept with file, line and reason.
CREATE TABLE organisations.import_run (
    id            UUID PRIMARY KEY,
    kind          TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    options       TEXT,
    started_by    TEXT NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    outcome       TEXT NOT NULL DEFAULT 'RUNNING' CHECK (outcome IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'REFUSED')),
    message       TEXT,
    imported      INT NOT NULL DEFAULT 0,
    updated       INT NOT NULL DEFAULT 0,
    unchanged     INT NOT NULL DEFAULT 0,
    removed       INT NOT NULL DEFAULT 0,
    skipped       INT NOT NULL DEFAULT 0,
    flagged       INT NOT NULL DEFAULT 0,
    failed        INT NOT NULL DEFAULT 0,
    problems      JSONB NOT NULL DEFAULT '[]'
);
