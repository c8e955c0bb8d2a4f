CREATE SCHEMA IF NOT EXISTS opendata;

-- Every check-and-publish of a dataset: who, when, how many records went out, and the records kept out
-- with the field and the schema's message for each (so the publisher can see why).
CREATE TABLE opendata.publication (
    id              UUID PRIMARY KEY,
    dataset         TEXT NOT NULL CHECK (dataset IN ('GRANTS', 'CONTRACTS')),
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by    TEXT NOT NULL,
    published_count INT NOT NULL,
    excluded_count  INT NOT NULL,
    exclusions      JSONB NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX publication_dataset_idx ON opendata.publication (dataset, published_at DESC);

-- The records of each dataset's latest publication, exactly as validated: the public feeds serve these and
-- nothing else. A new publication replaces them in the same transaction.
CREATE TABLE opendata.published_record (
    dataset        TEXT NOT NULL,
    position       INT NOT NULL,
    record_id      TEXT NOT NULL,
    source_id      UUID NOT NULL,
    source_version INT NOT NULL,
    locations      INT NOT NULL DEFAULT 0,
    document       TEXT NOT NULL,
    PRIMARY KEY (dataset, position)
);
