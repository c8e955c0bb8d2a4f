-- A first load asks every node to rebuild its directory index instead of noting each of its organisations as a
-- change: 400,000 change rows took five seconds to write, to be read back and deleted only for a rebuild anyway.
ALTER TABLE organisations.directory_index_node ADD COLUMN rebuild BOOLEAN NOT NULL DEFAULT FALSE;

-- The market query looks organisations up by purpose code alone; an index on (taxonomy, code) served no query
-- and took twice as long to build after a first load.
DROP INDEX organisations.organisation_classification_code_idx;
CREATE INDEX organisation_classification_code_idx ON organisations.organisation_classification (code);
