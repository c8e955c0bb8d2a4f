CREATE SCHEMA IF NOT EXISTS commissioning;

-- The thresholds the conformance rules judge by, as versioned data agreed by the partnership.
CREATE TABLE commissioning.thresholds_version (
    version      INT PRIMARY KEY,
    thresholds   JSONB NOT NULL,
    agreed_on    DATE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by TEXT NOT NULL
);
INSERT INTO commissioning.thresholds_version (version, thresholds, agreed_on, published_at, published_by) VALUES (1,
    '{"consultationWeeks": 12, "fundingNoticeMonths": 3, "multiYearFundingYears": 3,
      "preMarketEngagementWeeksBeforeRoute": 12, "smallOrganisationIncome": 100000, "lightMonitoringBelow": 2000,
      "quarterlyMonitoringFrom": 20000, "visitFrom": 200000, "applicationHoursPerTenThousandPounds": 4,
      "paymentGraceDays": 0}'::jsonb,
    DATE '2010-03-12', TIMESTAMP WITH TIME ZONE '2010-03-12 12:00:00+00', 'Local strategic partnership board');

-- A commissioning exercise: owned by a commissioner's organisation, moving through analyse, plan, do, review.
-- The evidence recorded on the way is one document, versioned by the exercise's version number.
CREATE TABLE commissioning.exercise (
    id                UUID PRIMARY KEY,
    title             TEXT NOT NULL,
    owner_organisation UUID NOT NULL,
    owner_name        TEXT NOT NULL,
    partners          TEXT NOT NULL DEFAULT '',
    stage             TEXT NOT NULL CHECK (stage IN ('ANALYSE', 'PLAN', 'DO', 'REVIEW')),
    service_area      TEXT NOT NULL DEFAULT '',
    purpose_codes     TEXT NOT NULL DEFAULT '',
    ward_codes        TEXT NOT NULL DEFAULT '',
    evidence          JSONB NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INT NOT NULL DEFAULT 1
);
CREATE INDEX exercise_owner_idx ON commissioning.exercise (owner_organisation);

-- Grants, contracts and service agreements share one model.
CREATE TABLE commissioning.award (
    id                   UUID PRIMARY KEY,
    exercise             UUID REFERENCES commissioning.exercise (id),
    type                 TEXT NOT NULL CHECK (type IN ('GRANT', 'CONTRACT', 'SERVICE_AGREEMENT')),
    title                TEXT NOT NULL,
    funder_organisation  UUID NOT NULL,
    funder_name          TEXT NOT NULL,
    recipient_organisation UUID NOT NULL,
    recipient_name       TEXT NOT NULL,
    amount               NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    starts_on            DATE NOT NULL,
    ends_on              DATE NOT NULL,
    notice_period_months INT,
    monitoring_tier      TEXT,
    status               TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED', 'ENDED_EARLY')),
    evidence             JSONB NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INT NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX award_funder_idx ON commissioning.award (funder_organisation);
CREATE INDEX award_recipient_idx ON commissioning.award (recipient_organisation);

-- Variations of an award, with the award as it was before each.
CREATE TABLE commissioning.award_variation (
    id         UUID PRIMARY KEY,
    award      UUID NOT NULL REFERENCES commissioning.award (id) ON DELETE CASCADE,
    varied_on  DATE NOT NULL,
    summary    TEXT NOT NULL,
    before     JSONB NOT NULL,
    varied_by  TEXT NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every judgement ever made, with the rule version and thresholds version it was made under.
CREATE TABLE commissioning.conformance_result (
    id                 UUID PRIMARY KEY,
    subject_type       TEXT NOT NULL CHECK (subject_type IN ('EXERCISE', 'AWARD')),
    subject_id         UUID NOT NULL,
    subject_version    INT NOT NULL,
    owner_organisation UUID NOT NULL,
    rule               TEXT NOT NULL,
    rule_version       INT NOT NULL,
    thresholds_version INT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('PASS', 'FAIL', 'INSUFFICIENT_EVIDENCE')),
    title              TEXT NOT NULL,
    explanation        TEXT NOT NULL,
    evidence           JSONB NOT NULL,
    judged_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    current            BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX conformance_current_idx ON commissioning.conformance_result (subject_type, subject_id) WHERE current;
CREATE INDEX conformance_dashboard_idx ON commissioning.conformance_result (rule, status) WHERE current;
CREATE INDEX conformance_owner_idx ON commissioning.conformance_result (owner_organisation) WHERE current;
CREATE INDEX conformance_history_idx ON commissioning.conformance_result (judged_at);
