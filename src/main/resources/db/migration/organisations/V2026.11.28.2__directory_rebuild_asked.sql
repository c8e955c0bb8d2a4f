-- A first load asks every node to rebuild its directory index instead of noting each of its organisations as a
-- change: 400,000 change rows took five seconds to write, to be read back and deleted only for a rebuild anyway.
ALTER TABLE organisations.directory_index_node ADD COLUMN rebuild BOOLEAN NOT NULL DEFAULT FALSE;

-- Two indexes no query uses (every lookup of purposes and identifiers goes by organisation, or by scheme and
-- identifier together), which every write to the register kept up and a first load spent 1.6 s building.
DROP INDEX organisations.organisation_classification_code_idx;
DROP INDEX organisations.organisation_identifier_value_idx;
