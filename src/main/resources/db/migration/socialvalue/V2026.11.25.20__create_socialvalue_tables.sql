CREATE SCHEMA IF NOT EXISTS socialvalue;

-- The proxy library: financial proxies with the public source and licence of each value.
CREATE TABLE socialvalue.proxy (
    id           UUID PRIMARY KEY,
    name         TEXT NOT NULL,
    category     TEXT NOT NULL,
    value        NUMERIC(19, 4) NOT NULL CHECK (value >= 0),
    unit         TEXT NOT NULL,
    price_year   INT NOT NULL CHECK (price_year BETWEEN 1900 AND 2100),
    source       TEXT NOT NULL,
    source_url   TEXT,
    licence      TEXT NOT NULL,
    notes        TEXT,
    imported_by  UUID,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    search       TSVECTOR GENERATED ALWAYS AS (
                     setweight(to_tsvector('english', coalesce(name, '')), 'A')
                     || setweight(to_tsvector('english', coalesce(category, '')), 'B')
                     || setweight(to_tsvector('english', coalesce(notes, '') || ' ' || coalesce(source, '')), 'C')) STORED
);
CREATE INDEX proxy_search_idx ON socialvalue.proxy USING GIN (search);
CREATE INDEX proxy_category_idx ON socialvalue.proxy (category);

-- A price index kept as data, to rebase a proxy's value to another price year.
CREATE TABLE socialvalue.price_index (
    series  TEXT NOT NULL,
    year    INT NOT NULL,
    value   NUMERIC(12, 4) NOT NULL CHECK (value > 0),
    source  TEXT NOT NULL,
    PRIMARY KEY (series, year)
);

-- An SROI analysis: its owner (an organisation or a commissioner, by id only) and the current impact
-- map as a JSON document; every earlier version of the document is kept in analysis_version.
CREATE TABLE socialvalue.analysis (
    id            UUID PRIMARY KEY,
    title         TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('FORECAST', 'EVALUATIVE')),
    owner_type    TEXT NOT NULL CHECK (owner_type IN ('ORGANISATION', 'COMMISSIONER')),
    owner_id      UUID NOT NULL,
    shared        BOOLEAN NOT NULL DEFAULT FALSE,
    based_on      UUID REFERENCES socialvalue.analysis (id) ON DELETE SET NULL,
    copied_from   UUID REFERENCES socialvalue.analysis (id) ON DELETE SET NULL,
    version       INT NOT NULL,
    document      JSONB NOT NULL,
    created_by    UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX analysis_owner_idx ON socialvalue.analysis (owner_type, owner_id);
CREATE INDEX analysis_shared_idx ON socialvalue.analysis (shared) WHERE shared;

CREATE TABLE socialvalue.analysis_version (
    analysis_id  UUID NOT NULL REFERENCES socialvalue.analysis (id) ON DELETE CASCADE,
    version      INT NOT NULL,
    title        TEXT NOT NULL,
    document     JSONB NOT NULL,
    saved_by     UUID,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (analysis_id, version)
);
