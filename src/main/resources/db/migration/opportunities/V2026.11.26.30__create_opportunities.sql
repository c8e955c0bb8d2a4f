CREATE SCHEMA IF NOT EXISTS opportunities;

-- A grant round or a tender: an exercise's chosen route opened to the sector.
CREATE TABLE opportunities.opportunity (
    id                     UUID PRIMARY KEY,
    reference              TEXT NOT NULL UNIQUE,            -- local id: the OCDS ocid and 360Giving ids are built from it
    kind                   TEXT NOT NULL CHECK (kind IN ('GRANT_ROUND', 'TENDER')),
    exercise               UUID,                            -- commissioning.exercise, when it came from one
    owner_organisation     UUID NOT NULL,                   -- the funder or buyer (a public body in the register)
    owner_name             TEXT NOT NULL,
    title                  TEXT NOT NULL,
    summary                TEXT NOT NULL DEFAULT '',
    description            TEXT NOT NULL DEFAULT '',
    eligibility            TEXT NOT NULL DEFAULT '',
    total_budget           NUMERIC(14, 2),
    minimum_award          NUMERIC(14, 2),
    maximum_award          NUMERIC(14, 2),
    procurement_category   TEXT NOT NULL DEFAULT 'services' CHECK (procurement_category IN ('goods', 'works', 'services')),
    procurement_method     TEXT NOT NULL DEFAULT 'open' CHECK (procurement_method IN ('open', 'selective', 'limited', 'direct')),
    suitable_for_sme       BOOLEAN NOT NULL DEFAULT FALSE,
    suitable_for_vcse      BOOLEAN NOT NULL DEFAULT TRUE,
    ward_codes             TEXT NOT NULL DEFAULT '',       -- comma-separated ONS ward codes; empty means district-wide
    opens_at               TIMESTAMP WITH TIME ZONE,
    clarifications_close_at TIMESTAMP WITH TIME ZONE,
    closes_at              TIMESTAMP WITH TIME ZONE,        -- the deadline: nothing is submitted after it
    decision_expected_on   DATE,
    starts_on              DATE,                            -- when funded work or the contract is expected to start
    ends_on                DATE,
    status                 TEXT NOT NULL DEFAULT 'DRAFT'
                           CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'DECIDED', 'CANCELLED')),
    published_at           TIMESTAMP WITH TIME ZONE,
    decisions_published_at TIMESTAMP WITH TIME ZONE,
    created_by             TEXT NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                INT NOT NULL DEFAULT 1
);
CREATE INDEX opportunity_owner_idx ON opportunities.opportunity (owner_organisation);
CREATE INDEX opportunity_status_idx ON opportunities.opportunity (status, closes_at);

-- What applications are scored against; weights of one opportunity add up to 100.
CREATE TABLE opportunities.criterion (
    id           UUID PRIMARY KEY,
    opportunity  UUID NOT NULL REFERENCES opportunities.opportunity (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    title        TEXT NOT NULL,
    guidance     TEXT NOT NULL DEFAULT '',
    weight       INT NOT NULL CHECK (weight BETWEEN 0 AND 100),
    social_value BOOLEAN NOT NULL DEFAULT FALSE,            -- where a bidder's SROI forecast informs the score
    UNIQUE (opportunity, position)
);

-- An organisation's application (grant round) or bid (tender). Answers to the question pages are one
-- document; the budget is its own table so that totals and the overhead share can be checked.
CREATE TABLE opportunities.application (
    id                 UUID PRIMARY KEY,
    opportunity        UUID NOT NULL REFERENCES opportunities.opportunity (id),
    organisation       UUID NOT NULL,                      -- organisations.organisation
    organisation_name  TEXT NOT NULL,
    reference          TEXT NOT NULL UNIQUE,
    title              TEXT NOT NULL DEFAULT '',
    answers            JSONB NOT NULL DEFAULT '{}'::jsonb,
    amount_requested   NUMERIC(14, 2),
    sroi_forecast      JSONB,                              -- the applicant's own forecast, as the engine calculated it
    status             TEXT NOT NULL DEFAULT 'DRAFT'
                       CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'SUCCESSFUL', 'UNSUCCESSFUL')),
    submitted_at       TIMESTAMP WITH TIME ZONE,
    submitted_by       TEXT,
    created_by         TEXT NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INT NOT NULL DEFAULT 1
);
CREATE INDEX application_opportunity_idx ON opportunities.application (opportunity, status);
CREATE INDEX application_organisation_idx ON opportunities.application (organisation);
-- One live application per organisation per opportunity.
CREATE UNIQUE INDEX application_one_per_organisation ON opportunities.application (opportunity, organisation)
    WHERE status <> 'WITHDRAWN';

CREATE TABLE opportunities.budget_line (
    id          UUID PRIMARY KEY,
    application UUID NOT NULL REFERENCES opportunities.application (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    category    TEXT NOT NULL CHECK (category IN ('DIRECT', 'OVERHEAD')),
    description TEXT NOT NULL,
    amount      NUMERIC(14, 2) NOT NULL CHECK (amount >= 0)
);

-- The decision on an application, published with its reasons; a successful one becomes an award in
-- the commissioning module (by id, no foreign key across schemas).
CREATE TABLE opportunities.decision (
    application    UUID PRIMARY KEY REFERENCES opportunities.application (id),
    outcome        TEXT NOT NULL CHECK (outcome IN ('SUCCESSFUL', 'UNSUCCESSFUL')),
    amount_awarded NUMERIC(14, 2),
    reasons        TEXT NOT NULL,
    feedback       TEXT NOT NULL DEFAULT '',
    award          UUID,
    decided_by     TEXT NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (outcome = 'UNSUCCESSFUL' OR amount_awarded > 0)
);
