-- A definition gives the same reasons to most organisations (a national register of 400,000 charities has
-- about a dozen different sets), so each set of reasons is kept once and a classification points at it. The
-- id is taken from the reasons' own text, so the same reasons always find the same row.
CREATE TABLE organisations.classification_reasons (
    id      UUID PRIMARY KEY,
    reasons JSONB NOT NULL
);

INSERT INTO organisations.classification_reasons (id, reasons)
SELECT DISTINCT md5(reasons::text)::uuid, reasons FROM organisations.classification;

ALTER TABLE organisations.classification ADD COLUMN reasons_id UUID;
UPDATE organisations.classification SET reasons_id = md5(reasons::text)::uuid;
ALTER TABLE organisations.classification
    ALTER COLUMN reasons_id SET NOT NULL,
    ADD CONSTRAINT classification_reasons_fkey FOREIGN KEY (reasons_id) REFERENCES organisations.classification_reasons (id),
    DROP COLUMN reasons;

-- The hub writes a version's snapshot and reads it back whole; nothing queries inside it. As jsonb every
-- snapshot was parsed into a binary form on the way in and printed back on the way out: a seventh of a first
-- import of the national register, for nothing.
ALTER TABLE organisations.organisation_version ALTER COLUMN snapshot TYPE TEXT;
