-- The assessor panel of an opportunity. Removing someone keeps the row (removed_at), so the scores they
-- submitted stay attributable in moderation.
CREATE TABLE opportunities.assessor (
    opportunity  UUID NOT NULL REFERENCES opportunities.opportunity (id) ON DELETE CASCADE,
    account      UUID NOT NULL,                             -- identity.user_account
    email        TEXT NOT NULL,
    display_name TEXT NOT NULL,
    added_by     TEXT NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (opportunity, account)
);
CREATE INDEX assessor_account_idx ON opportunities.assessor (account) WHERE removed_at IS NULL;

-- Declared before an assessor may see an application: no conflict, or a conflict with its details.
CREATE TABLE opportunities.conflict_declaration (
    application UUID NOT NULL REFERENCES opportunities.application (id) ON DELETE CASCADE,
    account     UUID NOT NULL,
    conflicted  BOOLEAN NOT NULL,
    details     TEXT NOT NULL DEFAULT '',
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application, account),
    CHECK (NOT conflicted OR details <> '')
);

-- One assessor's assessment of one application: in progress until submitted; the lead may reopen it.
CREATE TABLE opportunities.assessment (
    application  UUID NOT NULL REFERENCES opportunities.application (id) ON DELETE CASCADE,
    account      UUID NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    reopened_at  TIMESTAMP WITH TIME ZONE,
    reopened_by  TEXT,
    PRIMARY KEY (application, account)
);

-- A score from 0 (no evidence) to 5 (excellent) against one criterion, with the assessor's comment. For a
-- social value criterion, the SROI ratio the assessor got from the applicant's forecast with their own
-- deductions (fractions), when they checked it.
CREATE TABLE opportunities.score (
    application   UUID NOT NULL,
    account       UUID NOT NULL,
    criterion     UUID NOT NULL REFERENCES opportunities.criterion (id) ON DELETE CASCADE,
    score         INT NOT NULL CHECK (score BETWEEN 0 AND 5),
    comment       TEXT NOT NULL,
    checked_ratio NUMERIC(10, 2),
    deadweight    NUMERIC(5, 4),
    attribution   NUMERIC(5, 4),
    drop_off      NUMERIC(5, 4),
    scored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application, account, criterion),
    FOREIGN KEY (application, account) REFERENCES opportunities.assessment (application, account) ON DELETE CASCADE
);

-- The score the panel agreed per criterion after comparing the assessors' scores.
CREATE TABLE opportunities.moderated_score (
    application  UUID NOT NULL REFERENCES opportunities.application (id) ON DELETE CASCADE,
    criterion    UUID NOT NULL REFERENCES opportunities.criterion (id) ON DELETE CASCADE,
    score        INT NOT NULL CHECK (score BETWEEN 0 AND 5),
    note         TEXT NOT NULL,
    moderated_by TEXT NOT NULL,
    moderated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application, criterion)
);
