CREATE SCHEMA IF NOT EXISTS organisations;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- An immutable wrapper so unaccent can be used in generated columns and indexes.
CREATE FUNCTION organisations.fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce($1, ''))) $$;

CREATE TABLE organisations.organisation (
    id                     UUID PRIMARY KEY,
    name                   TEXT NOT NULL,
    legal_form             TEXT NOT NULL,
    status                 TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISSOLVED', 'REMOVED')),
    description            TEXT NOT NULL DEFAULT '',
    website                TEXT,
    email                  TEXT,
    phone                  TEXT,
    address_line           TEXT,
    town                   TEXT,
    postcode               TEXT,
    ward_code              TEXT,
    income_band            TEXT,
    latest_income          NUMERIC(15, 2),
    staff_count            INT CHECK (staff_count >= 0),
    volunteer_count        INT CHECK (volunteer_count >= 0),
    founded_on             DATE,
    public_body            BOOLEAN NOT NULL DEFAULT FALSE,
    controlled_by_public_body BOOLEAN NOT NULL DEFAULT FALSE,
    profit_distribution    TEXT NOT NULL DEFAULT 'NONE' CHECK (profit_distribution IN ('NONE', 'TO_MEMBERS', 'TO_SHAREHOLDERS')),
    asset_lock             BOOLEAN NOT NULL DEFAULT FALSE,
    faith_based            BOOLEAN NOT NULL DEFAULT FALSE,
    social_purpose         TEXT,
    source                 TEXT NOT NULL DEFAULT 'LOCAL',
    locally_edited         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at             TIMESTAMP WITH TIME ZONE,
    merged_into            UUID,
    version                BIGINT NOT NULL DEFAULT 0,
    search_names           TEXT NOT NULL DEFAULT '',
    search_text            TEXT NOT NULL DEFAULT '',
    search_vector          TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', search_names), 'A') || setweight(to_tsvector('english', search_text), 'C')) STORED
);
CREATE INDEX organisation_live_idx ON organisations.organisation (name) WHERE deleted_at IS NULL;
CREATE INDEX organisation_postcode_idx ON organisations.organisation (replace(upper(postcode), ' ', '') text_pattern_ops);
CREATE INDEX organisation_ward_idx ON organisations.organisation (ward_code);
CREATE INDEX organisation_search_idx ON organisations.organisation USING GIN (search_vector);
CREATE INDEX organisation_names_trgm_idx ON organisations.organisation USING GIN (organisations.fold(search_names) public.gin_trgm_ops);
CREATE INDEX organisation_name_trgm_idx ON organisations.organisation USING GIN (organisations.fold(name) public.gin_trgm_ops);

CREATE TABLE organisations.organisation_identifier (
    organisation UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    scheme       TEXT NOT NULL,
    identifier   TEXT NOT NULL,
    PRIMARY KEY (organisation, scheme, identifier)
);
CREATE INDEX organisation_identifier_lookup_idx ON organisations.organisation_identifier (scheme, identifier);
CREATE INDEX organisation_identifier_value_idx ON organisations.organisation_identifier (identifier);

CREATE TABLE organisations.organisation_other_name (
    organisation UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('FORMER', 'OTHER')),
    PRIMARY KEY (organisation, name)
);

-- Purposes, beneficiaries and activities (the Charity Commission classification) and local tags.
CREATE TABLE organisations.taxonomy_term (
    taxonomy TEXT NOT NULL,
    code     TEXT NOT NULL,
    category TEXT NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (taxonomy, code)
);
CREATE TABLE organisations.organisation_classification (
    organisation UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    taxonomy     TEXT NOT NULL,
    code         TEXT NOT NULL,
    PRIMARY KEY (organisation, taxonomy, code)
);
CREATE INDEX organisation_classification_code_idx ON organisations.organisation_classification (taxonomy, code);

CREATE TABLE organisations.organisation_tag (
    organisation UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    tag          TEXT NOT NULL,
    PRIMARY KEY (organisation, tag)
);

-- Where an organisation works: wards of the district and wider areas, as ONS GSS codes.
CREATE TABLE organisations.area (
    code      TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('WARD', 'LOCAL_AUTHORITY', 'REGION', 'COUNTRY', 'NATION')),
    parent    TEXT
);
CREATE TABLE organisations.organisation_area (
    organisation UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    area_code    TEXT NOT NULL REFERENCES organisations.area (code),
    PRIMARY KEY (organisation, area_code)
);
CREATE INDEX organisation_area_code_idx ON organisations.organisation_area (area_code);

CREATE TABLE organisations.organisation_quality_mark (
    organisation UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    mark         TEXT NOT NULL,
    awarded_on   DATE,
    expires_on   DATE,
    PRIMARY KEY (organisation, mark)
);

CREATE TABLE organisations.organisation_contact (
    organisation UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    name         TEXT NOT NULL,
    role         TEXT,
    email        TEXT,
    phone        TEXT,
    PRIMARY KEY (organisation, position)
);

-- Services, locations and schedules follow the Open Referral UK 3.0 (HSDS 3.0) data model.
CREATE TABLE organisations.location (
    id            UUID PRIMARY KEY,
    organisation  UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    description   TEXT,
    address_line  TEXT,
    town          TEXT,
    postcode      TEXT,
    latitude      NUMERIC(9, 6),
    longitude     NUMERIC(9, 6),
    ward_code     TEXT
);
CREATE INDEX location_organisation_idx ON organisations.location (organisation);

CREATE TABLE organisations.service (
    id            UUID PRIMARY KEY,
    organisation  UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    description   TEXT,
    url           TEXT,
    email         TEXT,
    phone         TEXT,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    fees          TEXT,
    eligibility   TEXT,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX service_organisation_idx ON organisations.service (organisation);

CREATE TABLE organisations.service_at_location (
    id        UUID PRIMARY KEY,
    service   UUID NOT NULL REFERENCES organisations.service (id) ON DELETE CASCADE,
    location  UUID NOT NULL REFERENCES organisations.location (id) ON DELETE CASCADE,
    UNIQUE (service, location)
);

CREATE TABLE organisations.schedule (
    id           UUID PRIMARY KEY,
    service      UUID NOT NULL REFERENCES organisations.service (id) ON DELETE CASCADE,
    freq         TEXT CHECK (freq IN ('WEEKLY', 'MONTHLY')),
    byday        TEXT,
    opens_at     TIME,
    closes_at    TIME,
    description  TEXT
);
CREATE INDEX schedule_service_idx ON organisations.schedule (service);

CREATE TABLE organisations.service_taxonomy (
    service  UUID NOT NULL REFERENCES organisations.service (id) ON DELETE CASCADE,
    taxonomy TEXT NOT NULL,
    code     TEXT NOT NULL,
    PRIMARY KEY (service, taxonomy, code)
);

-- The district-wide definition of the Third Sector, as versioned data agreed by the partnership.
CREATE TABLE organisations.definition_version (
    version      INT PRIMARY KEY,
    title        TEXT NOT NULL,
    agreed_on    DATE NOT NULL,
    rules        JSONB NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by TEXT NOT NULL
);

-- Every classification ever made; the newest per organisation is the one in force.
CREATE TABLE organisations.classification (
    id                 UUID PRIMARY KEY,
    organisation       UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    definition_version INT NOT NULL REFERENCES organisations.definition_version (version),
    third_sector       BOOLEAN NOT NULL,
    kind               TEXT NOT NULL,
    reasons            JSONB NOT NULL,
    classified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    current            BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX classification_current_idx ON organisations.classification (organisation) WHERE current;
CREATE INDEX classification_kind_idx ON organisations.classification (kind) WHERE current;

-- Every version of every organisation's profile, so edits can be compared and rolled back.
CREATE TABLE organisations.organisation_version (
    organisation UUID NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    number       INT NOT NULL,
    snapshot     JSONB NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   TEXT NOT NULL,
    summary      TEXT NOT NULL,
    PRIMARY KEY (organisation, number)
);
