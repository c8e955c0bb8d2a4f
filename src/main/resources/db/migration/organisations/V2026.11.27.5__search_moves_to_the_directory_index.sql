-- The directory and the Open Referral API now search through the Lucene directory index, so the full-text
-- column and the GIN indexes kept for them only slowed every write to the register (imports above all).
DROP INDEX organisations.organisation_search_idx;
DROP INDEX organisations.organisation_names_trgm_idx;
DROP INDEX organisations.organisation_name_trgm_idx;
ALTER TABLE organisations.organisation DROP COLUMN search_vector;
